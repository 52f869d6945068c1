/**
 * Doc 003's clinical platform (HELSSA): sign-in with a one-time code sent to a phone,
 * the patient's profile, and (as it follows) doctors, encounters, files, grants and notes.
 * Dates cross the API in the Jalali calendar and are stored as Gregorian SQL dates.
 */
package navaa.clinic;
