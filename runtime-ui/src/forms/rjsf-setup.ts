import type { RegistryWidgetsType, TemplatesType } from '@rjsf/utils';
import { englishStringTranslator, TranslatableString } from '@rjsf/utils';
import { type CustomValidatorOptionsType, customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { formMessage } from '../../../platform/forms/index.js';
import { formatMessage } from '../common/message-table.js';
import type { UiLocale } from '../common/ui-locales.js';
import { FORM_UI_MESSAGES } from './form-ui-messages.js';
import { AddButton, CopyButton, MoveDownButton, MoveUpButton, RemoveButton } from './rjsf-buttons.js';
import { CheckboxesWidget, RadioWidget, SelectWidget } from './rjsf-choice-widgets.js';
import {
  ArrayFieldItemTemplate,
  ArrayFieldTemplate,
  ObjectFieldTemplate,
} from './rjsf-container-templates.js';
import { FieldErrorTemplate, FieldHelpTemplate, FieldTemplate } from './rjsf-field-template.js';
import { LikertWidget, SignatureWidget, YesNoWidget } from './rjsf-widgets.js';

// Ajv2020 is an Ajv subclass; rjsf's option is typed with the draft-07 class. rjsf uses the
// validator only to resolve per-item `if`/`then`: the forms engine does the validating.
export const validator = customizeValidator({
  AjvClass: Ajv2020 as unknown as CustomValidatorOptionsType['AjvClass'],
});

export const TEMPLATES: Partial<TemplatesType> = {
  FieldTemplate,
  FieldErrorTemplate,
  FieldHelpTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  ButtonTemplates: {
    AddButton,
    RemoveButton,
    MoveUpButton,
    MoveDownButton,
    CopyButton,
  } as TemplatesType['ButtonTemplates'],
};

export const WIDGETS: RegistryWidgetsType = {
  CheckboxWidget: YesNoWidget,
  SelectWidget,
  RadioWidget,
  CheckboxesWidget,
  likert: LikertWidget,
  signature: SignatureWidget,
};

/** rjsf's own strings in the user's language. */
export function rjsfTranslator(locale: UiLocale) {
  return (key: TranslatableString, params?: string[]): string => {
    switch (key) {
      case TranslatableString.YesLabel:
        return formMessage('yes', locale);
      case TranslatableString.NoLabel:
        return formMessage('no', locale);
      case TranslatableString.AddButton:
      case TranslatableString.AddItemButton:
        return formatMessage(FORM_UI_MESSAGES, 'add', locale);
      case TranslatableString.RemoveButton:
        return formatMessage(FORM_UI_MESSAGES, 'remove', locale);
      case TranslatableString.ArrayItemTitle:
        return formatMessage(FORM_UI_MESSAGES, 'item', locale);
      case TranslatableString.EmptyArray:
        return formatMessage(FORM_UI_MESSAGES, 'emptyArray', locale);
      default:
        return englishStringTranslator(key, params);
    }
  };
}
