import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { stakeholderCategories, type StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { nextSort, type MemberSort } from './members-sort';
import { hrefFor } from '../../app/routes';
import { SelectField, TextField } from '../../ui/fields';
import { ListPage } from '../../ui/list-page';
import { sortByName } from '../../i18n/collator';
import { languageOptions } from './language-labels';
import { MembersTable } from './members-table';
import { useMemberPages } from './use-member-pages';
import { ExportRosterButton } from '../roster-export/export-roster-button';
import { workingGroupQueries } from '../working-groups/working-group-queries';
import type { ProvinceCode } from '../../../../shared/domain/provinces';
import { ProvinceFilter } from '../../ui/province-filter';

type StatusFilter = 'all' | 'active' | 'left';

export function MembersListPage({ initialWorkingGroupId = null }: { initialWorkingGroupId?: number | null }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<StakeholderCategory | ''>('');
  const [language, setLanguage] = useState<LanguageCode | ''>('');
  const [province, setProvince] = useState<ProvinceCode | ''>('');
  const [active, setActive] = useState<StatusFilter>('all');
  const [workingGroup, setWorkingGroup] = useState(initialWorkingGroupId === null ? '' : String(initialWorkingGroupId));
  const [sort, setSort] = useState<MemberSort>({ by: 'displayName', direction: 'asc' });
  const deferredSearch = useDeferredValue(search);
  const groups = useQuery(workingGroupQueries.list({ status: null }));

  const pages = useMemberPages({
    search: deferredSearch,
    category: category || null,
    language: language || null,
    province: province || null,
    active,
    workingGroupId: workingGroup === '' ? null : Number(workingGroup),
    sortBy: sort.by,
    sortDirection: sort.direction,
  });
  const sortOn = (by: MemberSort['by']) => setSort((previous) => nextSort(previous, by));

  return (
    <ListPage
      title={t('title')}
      actions={
        <>
          <ExportRosterButton listProvince={province} />
          <a className="button" href={hrefFor('members', 'import')}>
            {t('import')}
          </a>
          <a className="button button--primary" href={hrefFor('members', 'new')}>
            {t('add')}
          </a>
        </>
      }
      filters={
        <>
          <TextField label={t('searchLabel')} type="search" value={search} onChange={setSearch} hint={t('searchHint')} />
          <SelectField<StakeholderCategory | ''>
            label={t('filterCategory')}
            value={category}
            onChange={setCategory}
            options={[{ value: '', label: t('allCategories') }, ...stakeholderCategories.map((value) => ({ value, label: tc(`categories.${value}`) }))]}
          />
          <ProvinceFilter value={province} onChange={setProvince} />
          <SelectField<LanguageCode | ''>
            label={t('filterLanguage')}
            value={language}
            onChange={setLanguage}
            options={[{ value: '', label: t('allLanguages') }, ...languageOptions()]}
          />
          <SelectField<StatusFilter>
            label={t('filterStatus')}
            value={active}
            onChange={setActive}
            options={(['all', 'active', 'left'] as const).map((value) => ({ value, label: t(`status.${value}`) }))}
          />
          <SelectField<string>
            label={t('filterWorkingGroup')}
            value={workingGroup}
            onChange={setWorkingGroup}
            options={[
              { value: '', label: t('allWorkingGroups') },
              ...sortByName(groups.data?.items ?? [], (group) => group.name).map((group) => ({ value: String(group.id), label: group.name })),
            ]}
          />
        </>
      }
      count={pages.total === undefined ? undefined : t('count', { count: pages.total })}
      error={pages.error}
      loading={pages.total === undefined && !pages.error}
      empty={pages.total === 0 && t('empty')}
    >
      <MembersTable pages={pages} sort={sort} onSort={sortOn} />
    </ListPage>
  );
}
