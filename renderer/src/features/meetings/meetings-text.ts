import { agendaText } from './agenda-text';
import { bookingsText } from './bookings-text';

/** The "meetings" namespace, kept in two files so each stays readable. */
export const meetingsText = {
  en: { ...agendaText.en, ...bookingsText.en },
  fr: { ...agendaText.fr, ...bookingsText.fr },
};
