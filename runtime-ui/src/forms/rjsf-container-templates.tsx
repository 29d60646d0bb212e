import type {
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  ObjectFieldTemplatePropertyType,
  ObjectFieldTemplateProps,
} from '@rjsf/utils';
import { buttonId, getUiOptions } from '@rjsf/utils';
import type { FormSection } from '../../../platform/forms/index.js';
import { useI18n } from '../common/i18n.js';
import { FORM_UI_MESSAGES } from './form-ui-messages.js';

/** The root's sections from the engine's ui schema (see the forms engine's README, "Sections"). */
function sectionsOf(props: ObjectFieldTemplateProps): readonly FormSection[] | undefined {
  const sections = props.uiSchema?.['ui:sections'];
  return Array.isArray(sections) ? (sections as FormSection[]) : undefined;
}

function Properties({ list }: { list: readonly ObjectFieldTemplatePropertyType[] }) {
  return (
    <>
      {list.map((p) => (
        <div key={p.name} className="property" hidden={p.hidden}>
          {p.content}
        </div>
      ))}
    </>
  );
}

/**
 * Objects: the form root is laid out in its sections (heading, description, fields in order);
 * nested groups are fieldsets named by their title.
 */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const sections = sectionsOf(props);
  const byName = new Map(props.properties.map((p) => [p.name, p]));
  if (sections !== undefined) {
    return (
      <div className="form-sections">
        {sections.map((section) => {
          const present = section.fields.flatMap((f) => byName.get(f) ?? []);
          if (present.length === 0) return null;
          const headingId = `section-${section.id}`;
          return (
            <section
              key={section.id}
              className="form-section"
              aria-labelledby={section.title ? headingId : undefined}
            >
              {section.title && <h2 id={headingId}>{section.title}</h2>}
              {section.description && <p className="muted">{section.description}</p>}
              <Properties list={present} />
            </section>
          );
        })}
      </div>
    );
  }
  const isRoot = props.fieldPathId.$id === 'root';
  if (isRoot) return <Properties list={props.properties} />;
  // An item of a repeat group: rjsf titles it "Steps-2"; people read "Steps 2".
  const item = /\.\d+$/.test(props.fieldPathId.$id);
  const title = item ? props.title?.replace(/-(\d+)$/, ' $1') : props.title;
  return (
    <fieldset className={item ? 'group item-fields' : 'group'} id={props.fieldPathId.$id}>
      {title && <legend>{title}</legend>}
      {props.description && <p className="field-help">{props.description}</p>}
      <Properties list={props.properties} />
    </fieldset>
  );
}

/** A repeat group: its title, one box per item (with remove), and an add button. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { t } = useI18n();
  const { fieldPathId, items, canAdd, onAddClick, disabled, readonly, schema, uiSchema, title, required } =
    props;
  const options = getUiOptions(uiSchema);
  const heading = (options.title as string | undefined) ?? title ?? '';
  const description = (options.description as string | undefined) ?? schema.description;
  return (
    <fieldset className="group repeat" id={fieldPathId.$id}>
      <legend>
        {heading}
        {required && <span className="required-mark">{' *'}</span>}
      </legend>
      {description && <p className="field-help">{description}</p>}
      {items.length === 0 && <p className="muted">{t(FORM_UI_MESSAGES, 'emptyArray')}</p>}
      <div className="repeat-items">{items}</div>
      {canAdd && !readonly && (
        <button
          type="button"
          id={buttonId(fieldPathId, 'add')}
          className="add-item"
          onClick={onAddClick}
          disabled={disabled}
        >
          + {t(FORM_UI_MESSAGES, 'addTo', { title: heading })}
        </button>
      )}
    </fieldset>
  );
}

export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { t } = useI18n();
  const { children, buttonsProps, hasToolbar, index, readonly, disabled } = props;
  return (
    <div className="repeat-item">
      <div className="repeat-item-body">{children}</div>
      {hasToolbar && !readonly && buttonsProps.hasRemove && (
        <div className="repeat-item-tools">
          <button
            type="button"
            className="small danger-outline"
            id={buttonId(buttonsProps.fieldPathId, 'remove')}
            onClick={buttonsProps.onRemoveItem}
            disabled={disabled}
          >
            {t(FORM_UI_MESSAGES, 'remove')} ({index + 1})
          </button>
        </div>
      )}
    </div>
  );
}
