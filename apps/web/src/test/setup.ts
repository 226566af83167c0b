import '@testing-library/jest-dom';
import { i18n } from '../i18n';

// jest-fixed-jsdom installs Node's FormData, which rejects a <form> argument. React calls
// `new FormData(form, submitter)` when a submit handler starts a transition (React Router's
// navigation does); browsers accept that, so tests need a FormData that does too.
const NodeFormData = globalThis.FormData;
class FormDataAcceptingForms extends NodeFormData {
  constructor(form?: HTMLFormElement) {
    super();
    if (!form) return;
    for (const element of Array.from(form.elements)) {
      if (
        (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) &&
        element.name
      ) {
        this.append(element.name, element.value);
      }
    }
  }
}
globalThis.FormData = FormDataAcceptingForms;

// Every test starts in German, the default language.
beforeEach(async () => {
  await i18n.changeLanguage('de');
});
