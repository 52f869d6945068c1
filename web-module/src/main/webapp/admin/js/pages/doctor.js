// Doc 003's doctors in the users page: an admin fills in a doctor's professional profile
// (right after creating the doctor, or later from the row) and uploads the photo.
import { get, put, upload } from '../api.js';
import { formDialog, notify } from '../dialogs.js';
import { addTexts, t } from '../i18n.js';

addTexts({
  en: {
    'doctor.profile': 'Doctor profile',
    'doctor.title': 'Doctor profile of {0}',
    'doctor.saved': 'Doctor profile of {0} saved.',
    'doctor.specialtyCode': 'Specialty code',
    'doctor.specialtyCodeHint': 'For example cardiology; patients filter by it.',
    'doctor.specialtyTitle': 'Specialty title',
    'doctor.councilNumber': 'Medical council number',
    'doctor.experience': 'Years of experience',
    'doctor.gender': 'Gender',
    'doctor.male': 'Male',
    'doctor.female': 'Female',
    'doctor.location': 'Location',
    'doctor.province': 'Province',
    'doctor.city': 'City',
    'doctor.address': 'Address',
    'doctor.practice': 'Practice',
    'doctor.listHint': 'Separate languages and insurers with commas. Fees are in rials.',
    'doctor.languages': 'Languages',
    'doctor.insurances': 'Accepted insurances',
    'doctor.fee': 'In-person fee',
    'doctor.onlineFee': 'Online fee',
    'doctor.photo': 'Photo',
    'doctor.photoHint': 'PNG or JPEG, at most 2 MB; leave empty to keep the current one.'
  },
  fa: {
    'doctor.profile': 'پروفایل پزشک',
    'doctor.title': 'پروفایل پزشک {0}',
    'doctor.saved': 'پروفایل پزشک {0} ذخیره شد.',
    'doctor.specialtyCode': 'کد تخصص',
    'doctor.specialtyCodeHint': 'مانند cardiology؛ بیماران با آن جستجو می‌کنند.',
    'doctor.specialtyTitle': 'عنوان تخصص',
    'doctor.councilNumber': 'شماره نظام پزشکی',
    'doctor.experience': 'سال‌های تجربه',
    'doctor.gender': 'جنسیت',
    'doctor.male': 'مرد',
    'doctor.female': 'زن',
    'doctor.location': 'نشانی',
    'doctor.province': 'استان',
    'doctor.city': 'شهر',
    'doctor.address': 'آدرس',
    'doctor.practice': 'طبابت',
    'doctor.listHint': 'زبان‌ها و بیمه‌ها را با ویرگول جدا کنید. مبالغ به ریال است.',
    'doctor.languages': 'زبان‌ها',
    'doctor.insurances': 'بیمه‌های طرف قرارداد',
    'doctor.fee': 'هزینهٔ ویزیت حضوری',
    'doctor.onlineFee': 'هزینهٔ ویزیت آنلاین',
    'doctor.photo': 'عکس',
    'doctor.photoHint': 'PNG یا JPEG، حداکثر ۲ مگابایت؛ برای نگه داشتن عکس فعلی خالی بگذارید.'
  }
});

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
