import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { formatDateTime, formatIsoDate } from '../../i18n/format';
import { memberQueries } from './member-queries';
import { ErrorBanner } from '../../ui/error-banner';
import { languageLabel, languageList } from './language-labels';
import { MemberGroupsPanel } from '../member-registry/member-groups-panel';
import { ConsentRegisterPanel } from '../member-registry/consent-register-panel';
import { AccessExportPanel } from '../member-registry/access-export-panel';
import { WithdrawMemberPanel } from '../member-registry/withdraw-member-panel';

export function MemberDetailPage({ id }: { id: number }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const { t: tr } = useTranslation('memberRegistry');
  const { data: member, error, refetch } = useQuery(memberQueries.detail(id));
  const yesNo = (value: boolean) => (value ? tc('yes') : tc('no'));

  return (
    <section aria-labelledby="member-title">
      <p>
        <a href={hrefFor('members')}>← {t('title')}</a>
      </p>
      <ErrorBanner error={error} onRetry={() => void refetch()} />
      {member && (
        <>
          <header className="page-header">
            <h1 id="member-title">{member.displayName}</h1>
            {!member.withdrawnAt && (
              <a className="button" href={hrefFor('members', member.id, 'edit')}>
                {tc('actions.edit')}
              </a>
            )}
          </header>
          {member.withdrawnAt && <p className="banner member-registry-done">{tr('withdraw.already', { date: formatDateTime(member.withdrawnAt) })}</p>}
          <dl className="facts">
            <dt>{t('fields.category')}</dt>
            <dd>{tc(`categories.${member.category}`)}</dd>
            <dt>{t('fields.alias')}</dt>
            <dd>{member.alias ?? tc('none')}</dd>
            <dt>{t('fields.organisationName')}</dt>
            <dd>
              {member.organisationId !== null ? (
                <a href={hrefFor('organisations', member.organisationId)}>{member.organisationName}</a>
              ) : (
                tc('none')
              )}
            </dd>
            <dt>{t('fields.languages')}</dt>
            <dd>{languageList(member.languages) || tc('none')}</dd>
            <dt>{t('fields.preferredLanguage')}</dt>
            <dd>{member.preferredLanguage ? languageLabel(member.preferredLanguage) : tc('none')}</dd>
          </dl>
          <h2>{t('detail.contact')}</h2>
          <dl className="facts">
            <dt>{t('fields.email')}</dt>
            <dd>{member.email ?? tc('none')}</dd>
            <dt>{t('fields.phone')}</dt>
            <dd>{member.phone ?? tc('none')}</dd>
            <dt>{t('fields.mayContact')}</dt>
            <dd>{yesNo(member.mayContact)}</dd>
            <dt>{t('fields.mayBeNamed')}</dt>
            <dd>{yesNo(member.mayBeNamed)}</dd>
          </dl>
          <h2>{t('detail.membership')}</h2>
          <dl className="facts">
            <dt>{t('fields.joinedOn')}</dt>
            <dd>{formatIsoDate(member.joinedOn)}</dd>
            <dt>{t('filterStatus')}</dt>
            <dd>{member.active || !member.leftOn ? t('detail.active') : t('detail.leftOn', { date: formatIsoDate(member.leftOn) })}</dd>
            <dt>{t('fields.notes')}</dt>
            <dd className="notes">{member.notes ?? tc('none')}</dd>
          </dl>
          <MemberGroupsPanel memberId={member.id} />
          <ConsentRegisterPanel memberId={member.id} withdrawn={!!member.withdrawnAt} />
          <AccessExportPanel memberId={member.id} />
          <WithdrawMemberPanel memberId={member.id} displayName={member.displayName} withdrawn={!!member.withdrawnAt} />
        </>
      )}
    </section>
  );
}
