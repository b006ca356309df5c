import type { ImportField } from '../../shared/contract/imports';
import { foldLabel } from './fold-label';

/** Header texts people actually write, in English and French, folded as foldLabel leaves them. */
const aliases: Record<ImportField, readonly string[]> = {
  displayName: [
    'name',
    'full name',
    'display name',
    'member',
    'member name',
    'nom',
    'nom complet',
    'nom du membre',
    'prenom et nom',
    'nom et prenom',
    'nom d affichage',
  ],
  organisationName: [
    'organisation',
    'organization',
    'org',
    'organisation name',
    'organization name',
    'company',
    'agency',
    'organisme',
    'entreprise',
    'societe',
    'nom de l organisation',
  ],
  category: [
    'category',
    'stakeholder category',
    'stakeholder type',
    'sector',
    'categorie',
    'categorie de partie prenante',
    'secteur',
  ],
  languages: ['languages', 'language', 'languages spoken', 'spoken languages', 'langues', 'langue', 'langues parlees'],
  preferredLanguage: ['preferred language', 'main language', 'langue preferee', 'langue principale'],
  email: [
    'email',
    'e mail',
    'email address',
    'e mail address',
    'mail',
    'courriel',
    'adresse courriel',
    'adresse electronique',
    'adresse e mail',
  ],
  phone: [
    'phone',
    'phone number',
    'telephone',
    'tel',
    'mobile',
    'cell',
    'cell phone',
    'cellulaire',
    'numero de telephone',
  ],
  joinedOn: [
    'joined',
    'joined on',
    'date joined',
    'join date',
    'member since',
    'start date',
    'adhesion',
    'date d adhesion',
    'membre depuis',
    'date de debut',
  ],
  leftOn: ['left', 'left on', 'date left', 'end date', 'depart', 'date de depart', 'date de fin'],
  alias: ['alias', 'pseudonym', 'nickname', 'pseudonyme', 'surnom'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'remarques', 'commentaires', 'commentaire'],
  kind: ['kind', 'type', 'member type', 'type de membre'],
  mayContact: [
    'may contact',
    'may be contacted',
    'consent to contact',
    'contact ok',
    'peut etre contacte',
    'peut etre contactee',
    'contact autorise',
  ],
  mayBeNamed: ['may be named', 'may be named in minutes', 'consent to be named', 'peut etre nomme', 'peut etre nommee'],
};

const fieldByAlias = new Map<string, ImportField>();
for (const [field, names] of Object.entries(aliases) as [ImportField, readonly string[]][]) {
  for (const name of names) fieldByAlias.set(name, field);
}

export function fieldForHeader(header: string): ImportField | undefined {
  return fieldByAlias.get(foldLabel(header));
}

/** The mapping the app proposes: each recognised header once, the first column winning. */
export function suggestMapping(headers: readonly string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
