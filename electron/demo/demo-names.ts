import type { LanguageCode } from '../../shared/domain/languages';

/** Fictional people typical of BC's migrant-worker community, by the language they speak. */
export const communities: readonly { language: LanguageCode; given: readonly string[]; family: readonly string[] }[] = [
  {
    language: 'es',
    given: ['María José', 'Juan Carlos', 'Guadalupe', 'José Luis', 'Lucía', 'Andrés', 'Rocío', 'Ramón', 'Itzel', 'Fernando'],
    family: ['Núñez', 'Hernández', 'García', 'Ramírez', 'Peña', 'Muñoz', 'López', 'Cortés', 'Gómez', 'Ibáñez'],
  },
  {
    language: 'tl',
    given: ['Maricel', 'Rodel', 'Jhun', 'Lorna', 'Ligaya', 'Bayani', 'Rowena', 'Arnel', 'Jocelyn', 'Efren'],
    family: ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Mendoza', 'Aquino', 'Castillo', 'Manalo', 'Soriano'],
  },
  {
    language: 'pa',
    given: ['ਹਰਪ੍ਰੀਤ', 'Gurpreet', 'Manjit', 'ਜਸਵਿੰਦਰ', 'Harjit', 'Navdeep', 'Simranjit', 'Kulwinder', 'Amandeep', 'Rajinder'],
    family: ['ਸਿੰਘ', 'Kaur', 'Sandhu', 'Gill', 'Dhillon', 'Grewal', 'Sidhu', 'Brar', 'Bains', 'Toor'],
  },
  {
    language: 'vi',
    given: ['Thị Hoa', 'Văn Minh', 'Thu Trang', 'Quốc Bảo', 'Ngọc Anh', 'Đức Huy', 'Thanh Hương', 'Hữu Phước'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'],
  },
  {
    language: 'zh',
    given: ['小梅', '伟', '秀英', '建国', '丽娜', '志强', '海燕', '明'],
    family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'],
  },
  {
    language: 'en',
    given: ['Sarah', 'Michael', 'Jennifer', 'David', 'Aisha', 'Thomas', 'Priya', 'Daniel', 'Emily', 'Kwame'],
    family: ['MacDonald', 'Thompson', 'Nakamura', 'Okafor', 'Campbell', 'Wong', 'Singh', 'Fraser', 'Chen', 'Robertson'],
  },
  {
    language: 'fr',
    given: ['Geneviève', 'Étienne', 'Mélanie', 'François', 'Hélène', 'Benoît', 'Chloé', 'Sébastien'],
    family: ['Tremblay', 'Gagnon', 'Côté', 'Bélanger', 'Lévesque', 'Bouchard', 'Gauthier', 'Ouellet'],
  },
];

/** Fictional organisations by stakeholder category (any resemblance to real bodies is not intended). */
export const organisationsByCategory: Record<string, readonly string[]> = {
  worker_advocacy: ['Fraser Valley Farmworker Justice Collective', 'Okanagan Migrant Voices', 'Caregivers United BC'],
  settlement_agency: ['Valley Newcomer Services Society', 'Coast Settlement Partners', 'Surrey Immigrant Welcome Centre'],
  union: ['Agricultural Workers Local 1518 (fictional)', 'BC Food Processing Workers Union', 'Hospitality Workers Local 40'],
  employer: ['Sunridge Berry Farms Ltd.', 'Cedar Creek Greenhouses', 'Pacific Poultry Processors', 'Orchard Hill Fruit Co.'],
  industry_association: ['BC Growers Council (fictional)', 'Greenhouse Producers Association of BC'],
  foreign_government: ['Consulate of Mexico (demo)', 'Consulate of the Philippines (demo)', 'Consulate of Guatemala (demo)'],
  government_bc: ['BC Ministry of Labour (demo)', 'BC Employment Standards Branch (demo)'],
  government_canada: ['ESDC Temporary Foreign Worker Program (demo)', 'IRCC Pacific Region (demo)'],
  academic_legal: ['Migrant Worker Legal Clinic (demo)', 'University of the Fraser Valley Labour Research Lab (demo)'],
  other_civil_society: ['Abbotsford Faith Community Kitchen', 'Kelowna Health Outreach Network'],
};
