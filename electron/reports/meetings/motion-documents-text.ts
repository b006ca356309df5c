import { fr as spaced, typesetFrench } from '../text/french-typography';
import type { ReportLanguage } from '../text/report-format';

/** How minutes word motions: what was moved, by whom, in which words, and what the result did. */
const en = {
  recommendation: (title: string) => `Recommendation “${title}”`,
  amendment: (title: string) => `Amendment to the recommendation “${title}”`,
  adoptAgenda: 'Motion to adopt the agenda',
  approveMinutes: (meeting: string, heldOn: string) => `Motion to approve the minutes of ${meeting} (${heldOn})`,
  floor: (title: string) => `Motion from the floor: ${title}`,
  movedSeconded: (mover: string, seconder: string) => `Moved by ${mover}, seconded by ${seconder}.`,
  movedAndSeconded: 'Moved and seconded.',
  proposedText: 'Proposed text',
  motionText: 'Text of the motion',
  textPutToVote: 'Text put to the vote',
  textAsAmended: 'Text put to the vote, as amended above',
  effects: {
    recommendation: { carried: 'The recommendation is adopted.', defeated: 'The recommendation is rejected.' },
    amendment: { carried: 'The recommendation’s text is amended as proposed.', defeated: 'The recommendation’s text is unchanged.' },
    adopt_agenda: { carried: 'The agenda is adopted.', defeated: 'The agenda is not adopted.' },
    approve_minutes: { carried: 'The minutes are approved.', defeated: 'The minutes are not approved.' },
    floor: { carried: '', defeated: '' },
  } as Record<string, { carried: string; defeated: string }>,
  corrected: (on: string, reason: string) => `Corrected on ${on}: ${reason}`,
  otherMotions: 'Other motions',
};

export type MotionDocumentsText = typeof en;

// Fixed words spaced the French way; the coordinator's words (titles, reasons) printed as typed.
const fr: MotionDocumentsText = typesetFrench({
  recommendation: (title) => spaced`Recommandation « ${title} »`,
  amendment: (title) => spaced`Amendement à la recommandation « ${title} »`,
  adoptAgenda: 'Proposition d’adoption de l’ordre du jour',
  approveMinutes: (meeting, heldOn) => `Proposition d’approbation du procès-verbal de ${meeting} (${heldOn})`,
  floor: (title) => spaced`Proposition de l’assemblée : ${title}`,
  movedSeconded: (mover, seconder) => `Proposée par ${mover}, appuyée par ${seconder}.`,
  movedAndSeconded: 'Proposée et appuyée.',
  proposedText: 'Texte proposé',
  motionText: 'Texte de la proposition',
  textPutToVote: 'Texte mis aux voix',
  textAsAmended: 'Texte mis aux voix, tel qu’amendé ci-dessus',
  effects: {
    recommendation: { carried: 'La recommandation est adoptée.', defeated: 'La recommandation est rejetée.' },
    amendment: {
      carried: 'Le texte de la recommandation est amendé comme proposé.',
      defeated: 'Le texte de la recommandation reste inchangé.',
    },
    adopt_agenda: { carried: 'L’ordre du jour est adopté.', defeated: 'L’ordre du jour n’est pas adopté.' },
    approve_minutes: { carried: 'Le procès-verbal est approuvé.', defeated: 'Le procès-verbal n’est pas approuvé.' },
    floor: { carried: '', defeated: '' },
  },
  corrected: (on, reason) => spaced`Corrigé le ${on} : ${reason}`,
  otherMotions: 'Autres propositions',
});

export function motionDocumentsText(language: ReportLanguage): MotionDocumentsText {
  return language === 'fr' ? fr : en;
}
