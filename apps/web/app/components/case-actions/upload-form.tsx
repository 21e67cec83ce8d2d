// The upload step: attach a file to the case.
import { useT } from '../../lib/i18n.ts';
import { FieldMessage } from '../fields.tsx';
import {
  CaseForm,
  type CaseFormContext,
  errorOf,
  failureOf,
  Outcome,
  Submit,
} from './case-form.tsx';

export function UploadForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'upload');
  return (
    <CaseForm context={context} intent="upload" multipart>
      <div>
        <label className="block text-sm font-medium text-slate-800">
          {t('case.attachments.file')}
          <input
            type="file"
            name="file"
            accept=".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx"
            aria-invalid={errorOf(failure, 'file') ? true : undefined}
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:text-sm file:font-medium hover:file:bg-slate-100"
          />
        </label>
        <p className="mt-1 text-xs text-slate-600">{t('case.attachments.hint')}</p>
        <FieldMessage error={errorOf(failure, 'file')} />
      </div>
      <Outcome context={context} intent="upload" />
      <Submit>{t('case.action.upload')}</Submit>
    </CaseForm>
  );
}
