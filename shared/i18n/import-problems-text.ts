import type { ImportField, ImportProblemCode } from '../contract/imports';

/**
 * The words for an import's fields and problems, in i18next's format. Here and not in the renderer
 * because two places say them: the import page (through imports-text.ts) and the reason column of
 * the rejected-rows workbook the main process writes. One copy, so the two never disagree.
 */
export const importFieldLabels: Record<'en' | 'fr', Record<ImportField, string>> = {
  en: {
    displayName: 'Name',
    organisationName: 'Organisation',
    category: 'Stakeholder category',
    languages: 'Languages',
    preferredLanguage: 'Preferred language',
    email: 'Email',
    phone: 'Phone',
    joinedOn: 'Joined on',
    leftOn: 'Left on',
    alias: 'Alias',
    notes: 'Notes',
    kind: 'Member type',
    mayContact: 'May be contacted',
    mayBeNamed: 'May be named in minutes',
  },
  fr: {
    displayName: 'Nom',
    organisationName: 'Organisation',
    category: 'Catégorie de partie prenante',
    languages: 'Langues',
    preferredLanguage: 'Langue préférée',
    email: 'Courriel',
    phone: 'Téléphone',
    joinedOn: 'Date d’adhésion',
    leftOn: 'Date de départ',
    alias: 'Pseudonyme',
    notes: 'Notes',
    kind: 'Type de membre',
    mayContact: 'Peut être contacté',
    mayBeNamed: 'Peut être nommé dans les procès-verbaux',
  },
};

/** Keys ending in _one/_other are i18next plurals of the same problem. */
type ProblemTexts = Record<Exclude<ImportProblemCode, `otherUnknown${string}`>, string> &
  Record<`${Extract<ImportProblemCode, `otherUnknown${string}`>}_${'one' | 'other'}`, string>;

export const importProblemText: Record<'en' | 'fr', ProblemTexts> = {
  en: {
    unknownCategory: 'The category “{{value}}” is not matched to a stakeholder category',
    unknownLanguage: 'The language “{{value}}” is not matched to a language the app knows',
    otherUnknownCategories_one: '{{count, number}} other category is not matched to a stakeholder category',
    otherUnknownCategories_other: '{{count, number}} other categories are not matched to a stakeholder category',
    otherUnknownLanguages_one: '{{count, number}} other language is not matched to a language the app knows',
    otherUnknownLanguages_other: '{{count, number}} other languages are not matched to a language the app knows',
    required: '{{field}} is empty',
    invalidEmail: '{{field}} is not an email address such as name@example.org',
    invalidPhone: '{{field}} is not a phone number of 7 to 15 digits such as +1 604 555 0134',
    invalidDate: '{{field}} is not a date written year-month-day, such as 2026-03-14',
    leftBeforeJoined: 'Left on is before Joined on',
    invalidKind: '{{field}} must be individual or organisation',
    invalidYesNo: '{{field}} must be yes or no',
    tooLong: '{{field}} is longer than {{max, number}} characters',
    organisationForOrganisation: 'Organisation is filled in for a member that is itself an organisation',
    tooManyLanguages: '{{field}} lists more than 20 languages',
    invalidValue: '{{field}} cannot be read',
    updateWouldBeInvalid: 'Updating the existing member with this row would leave {{field}} invalid',
  },
  fr: {
    unknownCategory: 'La catégorie « {{value}} » n’est associée à aucune catégorie de partie prenante',
    unknownLanguage: 'La langue « {{value}} » n’est associée à aucune langue connue de l’application',
    otherUnknownCategories_one:
      '{{count, number}} autre catégorie n’est associée à aucune catégorie de partie prenante',
    otherUnknownCategories_other:
      '{{count, number}} autres catégories ne sont associées à aucune catégorie de partie prenante',
    otherUnknownLanguages_one: '{{count, number}} autre langue n’est associée à aucune langue connue de l’application',
    otherUnknownLanguages_other:
      '{{count, number}} autres langues ne sont associées à aucune langue connue de l’application',
    required: '{{field}} : la cellule est vide',
    invalidEmail: '{{field}} : ce n’est pas une adresse courriel comme nom@exemple.org',
    invalidPhone: '{{field}} : ce n’est pas un numéro de 7 à 15 chiffres comme +1 604 555 0134',
    invalidDate: '{{field}} : ce n’est pas une date écrite année-mois-jour, comme 2026-03-14',
    leftBeforeJoined: 'La date de départ précède la date d’adhésion',
    invalidKind: '{{field}} : indiquez « personne » ou « organisation »',
    invalidYesNo: '{{field}} : indiquez oui ou non',
    tooLong: '{{field}} : plus de {{max, number}} caractères',
    organisationForOrganisation: 'Une organisation est indiquée pour un membre qui est lui-même une organisation',
    tooManyLanguages: '{{field}} : plus de 20 langues',
    invalidValue: '{{field}} : la valeur est illisible',
    updateWouldBeInvalid: 'Mettre à jour le membre existant avec cette ligne rendrait invalide : {{field}}',
  },
};
