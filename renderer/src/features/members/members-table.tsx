import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { languageList } from './language-labels';
import { formatIsoDate } from '../../i18n/format';
import { Tag } from '../../ui/tag';
import type { MemberPages } from './use-member-pages';
import type { MemberSort, SortKey } from './members-sort';

const rowHeight = 44;

/** A virtualised table: only the rows on screen exist in the page, whatever the size of the network. */
function SortableHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortKey;
  label: string;
  sort: MemberSort;
  onSort: (column: SortKey) => void;
}) {
  const { t } = useTranslation('members');
  const active = sort.by === column;
  return (
    <span role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="members-table__sort" onClick={() => onSort(column)}>
        {label}
        {active && (
          <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>
        )}
        {active && <span className="visually-hidden">, {t(sort.direction === 'asc' ? 'sortedAscending' : 'sortedDescending')}</span>}
      </button>
    </span>
  );
}

export function MembersTable({
  pages,
  sort,
  onSort,
}: {
  pages: MemberPages;
  sort: MemberSort;
  onSort: (column: SortKey) => void;
}) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: pages.total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });

  return (
    <div role="table" aria-label={t('title')} aria-rowcount={pages.total ?? 0} className="members-table">
      <div role="rowgroup" className="members-table__head">
        <div role="row" className="members-table__row">
          <SortableHeader column="displayName" label={t('columns.name')} sort={sort} onSort={onSort} />
          <SortableHeader column="category" label={t('columns.category')} sort={sort} onSort={onSort} />
          <SortableHeader column="organisationName" label={t('columns.organisation')} sort={sort} onSort={onSort} />
          <span role="columnheader">{t('columns.languages')}</span>
          <span role="columnheader">
            <abbr title={tc('province')}>{t('columns.province')}</abbr>
          </span>
          <SortableHeader column="joinedOn" label={t('columns.joined')} sort={sort} onSort={onSort} />
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" className="members-table__body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const member = pages.rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="members-table__row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)` }}
              >
                {member ? (
                  <>
                    <span role="cell">
                      <a href={hrefFor('members', member.id)}>{member.displayName}</a>
                      {member.alias && <span className="muted"> ({member.alias})</span>}
                      {!member.active && <Tag>{t('left')}</Tag>}
                    </span>
                    <span role="cell">{tc(`categories.${member.category}`)}</span>
                    <span role="cell">{member.organisationName ?? ''}</span>
                    <span role="cell">{languageList(member.languages)}</span>
                    <span role="cell">
                      <abbr title={tc(`provinces.${member.province}`)}>{member.province}</abbr>
                    </span>
                    <span role="cell">{formatIsoDate(member.joinedOn)}</span>
                  </>
                ) : (
                  <span role="cell" className="muted">
                    {tc('actions.loading')}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
