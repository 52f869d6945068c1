/**
 * Doc 003 (HELSSA) over HTTP under {@code /api/v1/}: sign-in by phone, the patient's
 * profile, doctors' profiles, settings and photos, and the doctor search. Resources and JSON
 * shapes only; the rules (codes, Jalali dates, visit slots) and storage are the EJB module's
 * {@code navaa.clinic}. Errors are doc 003's {@code {"error":{code,message,details,...}}}.
 */
package navaa.clinic;
