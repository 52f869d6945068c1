/**
 * Doc 003's clinical platform (HELSSA): sign-in with a one-time code sent to a phone, the
 * patient's profile, doctors and their search, booking and encounters, medical files, access
 * grants and notes, the doctor's dashboard; every look at a patient's data by someone else
 * passes {@link navaa.clinic.boundary.PatientAccess} and is on the patient's access log.
 * Dates cross the API in the Jalali calendar and are stored as Gregorian SQL dates.
 */
package navaa.clinic;
