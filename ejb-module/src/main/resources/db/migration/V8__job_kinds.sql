-- Job kinds as the engine's enum names them (issue 13 §1, navaa.jobs.control.JobKind): JPA now
-- reads jobs.kind as that enum, so every row must hold one of its names exactly. Earlier versions
-- wrote those names already (DENOISE, BOOST, SEPARATE, EXTRACT, DIARIZE); what else a row may hold
-- (a row written by hand or by a script, in another case, with spaces, or in a family's words)
-- is converted, and a row of no kind at all is removed: no version can run it or show it.
-- No CHECK lists the names: adding a kind must not need a migration. The names are upper case,
-- at most 30 characters (JobKindMigrationTest keeps every constant within the column).
UPDATE jobs SET kind = UPPER(TRIM(kind));
UPDATE jobs SET kind = 'DENOISE' WHERE kind IN ('DENOISING', 'NOISE_REDUCTION');
UPDATE jobs SET kind = 'BOOST' WHERE kind IN ('AUDIO_BOOST', 'AUDIO-BOOST');
UPDATE jobs SET kind = 'SEPARATE' WHERE kind IN ('VOCAL', 'VOCAL_SEPARATION', 'VOCAL-SEPARATION', 'SEPARATION');
UPDATE jobs SET kind = 'EXTRACT' WHERE kind IN ('SPEAKER', 'SPEAKER_EXTRACTION', 'SPEAKER-EXTRACTION', 'EXTRACTION');
UPDATE jobs SET kind = 'DIARIZE' WHERE kind IN ('DIARIZATION', 'DIARISE', 'DIARISATION');
DELETE FROM jobs WHERE kind NOT IN ('DENOISE', 'BOOST', 'SEPARATE', 'EXTRACT', 'DIARIZE');
