// Doc 003's doctors in the users page: an admin fills in a doctor's professional profile
// (right after creating the doctor, or later from the row) and uploads the photo.
import { get, put, upload } from '../api.js';
import { formDialog, notify } from '../dialogs.js';
import { t } from '../i18n.js';

const list = (text) => text.split(/[,،]/).map((s) => s.trim()).filter(Boolean);

// field names are the API's paths, so its field errors show beside the right input
function fields(p) {
  return [
    { name: 'specialty.id', label: t('doctor.specialtyCode'), value: p.specialty?.id, dir: 'ltr', hint: t('doctor.specialtyCodeHint') },
    { name: 'specialty.title', label: t('doctor.specialtyTitle'), value: p.specialty?.title, dir: 'auto' },
    { name: 'medical_council_number', label: t('doctor.councilNumber'), value: p.medical_council_number, dir: 'ltr' },
    { name: 'experience_years', label: t('doctor.experience'), type: 'number', value: p.experience_years },
    { name: 'gender', label: t('doctor.gender'), type: 'select', value: p.gender ?? '',
      options: [['', '—'], ['male', t('doctor.male')], ['female', t('doctor.female')]] },
    { section: t('doctor.location') },
    { name: 'location.province', label: t('doctor.province'), value: p.location?.province, dir: 'auto' },
    { name: 'location.city', label: t('doctor.city'), value: p.location?.city, dir: 'auto' },
    { name: 'location.address', label: t('doctor.address'), value: p.location?.address, dir: 'auto' },
    { section: t('doctor.practice'), hint: t('doctor.listHint') },
    { name: 'languages', label: t('doctor.languages'), value: (p.languages ?? []).join('، '), dir: 'auto' },
    { name: 'accepted_insurances', label: t('doctor.insurances'), value: (p.accepted_insurances ?? []).join('، '), dir: 'auto' },
    { name: 'consultation_fee', label: t('doctor.fee'), type: 'number', value: p.consultation_fee },
    { name: 'online_consultation_fee', label: t('doctor.onlineFee'), type: 'number', value: p.online_consultation_fee },
    { name: 'photo', label: t('doctor.photo'), type: 'file', accept: 'image/png,image/jpeg', hint: t('doctor.photoHint') }
  ];
}

function body(v) {
  const text = (value) => (value === '' ? null : value);
  return {
    specialty: v['specialty.id'] || v['specialty.title'] ? { id: v['specialty.id'], title: v['specialty.title'] } : undefined,
    medical_council_number: text(v.medical_council_number),
    experience_years: v.experience_years,
    gender: text(v.gender),
    location: { province: text(v['location.province']), city: text(v['location.city']), address: text(v['location.address']) },
    languages: list(v.languages),
    accepted_insurances: list(v.accepted_insurances),
    consultation_fee: v.consultation_fee,
    online_consultation_fee: v.online_consultation_fee
  };
}

/** The profile dialog of doctor `username`; `reload` after saving. */
export async function editDoctor(username, reload = () => {}) {
  const path = `/api/admin/doctors/${encodeURIComponent(username)}`;
  let profile;
  try {
    profile = await get(`${path}/profile`);
  } catch (error) {
    notify(error.message, 'error');
    return;
  }
  formDialog({
    title: t('doctor.title', username),
    id: 'doctor-form',
    fields: fields(profile),
    submit: async (values) => {
      await put(`${path}/profile`, body(values));
      if (values.photo) {
        const form = new FormData();
        form.append('profile_image', values.photo);
        await upload('PUT', `${path}/photo`, form);
      }
      notify(t('doctor.saved', username));
      reload();
    }
  });
}
