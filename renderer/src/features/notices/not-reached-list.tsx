import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotReached } from '../../../../shared/domain/notices';
import { hrefFor } from '../../app/routes';

/** Expected members who get no notice, and why: shown, never silently dropped. */
export function NotReachedList({ members }: { members: readonly NotReached[] }) {
  const { t } = useTranslation('notices');
  const headingId = useId();
  if (members.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="notices-not-reached">
      <h3 id={headingId}>{t('notReached.heading', { count: members.length })}</h3>
      <ul>
        {members.map((member) => (
          <li key={member.memberId}>
            <a href={hrefFor('members', member.memberId)}>{member.name}</a> — {t(`notReached.${member.reason}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
