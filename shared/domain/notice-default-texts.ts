import type { MeetingKind } from './meeting';
import type { NoticePurpose } from './notices';

export type AppNoticeLanguage = 'en' | 'fr';
interface NoticeText {
  readonly subject: string;
  readonly body: string;
}

/** The opening sentence is what differs between kinds of meeting; the details are laid out alike. */
const invitationOpening: Record<AppNoticeLanguage, Record<MeetingKind, string>> = {
  en: {
    plenary:
      'You are invited to the Network plenary "{{title}}". Every member may speak and vote; the plenary opens with migrant workers voicing their experiences.',
    working_group: 'You are invited to the working group meeting "{{title}}".',
    workers_forum: 'You are invited to the Migrant Workers\' Forum "{{title}}".',
    government_network: 'You are invited to the Government Network meeting "{{title}}".',
  },
  fr: {
    plenary:
      'Nous vous invitons à la plénière du Réseau « {{title}} ». Chaque membre peut y prendre la parole et voter; la plénière s’ouvre sur les témoignages de travailleuses et travailleurs migrants.',
    working_group: 'Nous vous invitons à la réunion du groupe de travail « {{title}} ».',
    workers_forum: 'Nous vous invitons au Forum des travailleurs migrants « {{title}} ».',
    government_network: 'Nous vous invitons à la réunion du Réseau gouvernemental « {{title}} ».',
  },
};

const invitationDetails: Record<AppNoticeLanguage, string> = {
  en: [
    'Date: {{date}}',
    'Time: {{time}}',
    'Place: {{place}}',
    'Online: {{onlineLink}}',
    'Interpretation offered: {{interpretation}}',
    '',
    'Agenda:',
    '{{agenda}}',
    '',
    'If you need interpretation in another language, or help to attend, please reply to this message.',
  ].join('\n'),
  fr: [
    'Date : {{date}}',
    'Heure : {{time}}',
    'Lieu : {{place}}',
    'En ligne : {{onlineLink}}',
    'Interprétation offerte : {{interpretation}}',
    '',
    'Ordre du jour :',
    '{{agenda}}',
    '',
    'Si vous avez besoin d’interprétation dans une autre langue ou d’aide pour participer, répondez à ce message.',
  ].join('\n'),
};

const cancellation: Record<AppNoticeLanguage, NoticeText> = {
  en: {
    subject: 'Cancelled: {{title}}',
    body: [
      'Hello,',
      '',
      'The meeting "{{title}}" planned for {{date}}, {{time}}, is cancelled.',
      'The attached calendar file removes it from your calendar.',
      '',
      'We are sorry for the change.',
    ].join('\n'),
  },
  fr: {
    subject: 'Annulation : {{title}}',
    body: [
      'Bonjour,',
      '',
      'La réunion « {{title}} » prévue le {{date}}, {{time}}, est annulée.',
      'Le fichier de calendrier joint la retire de votre agenda.',
      '',
      'Nous sommes désolés de ce changement.',
    ].join('\n'),
  },
};

/** The English and French texts that come with the app; the coordinator may replace them. */
export function appNoticeText(language: AppNoticeLanguage, kind: MeetingKind, purpose: NoticePurpose): NoticeText {
  if (purpose === 'cancellation') return cancellation[language];
  return {
    subject: language === 'fr' ? 'Invitation : {{title}}' : 'Invitation: {{title}}',
    body: [language === 'fr' ? 'Bonjour,' : 'Hello,', '', invitationOpening[language][kind], '', invitationDetails[language]].join('\n'),
  };
}

export function isAppNoticeLanguage(language: string): language is AppNoticeLanguage {
  return language === 'en' || language === 'fr';
}
