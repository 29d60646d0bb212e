import type { IconButtonProps } from '@rjsf/utils';
import { useI18n } from '../common/i18n.js';
import { FORM_UI_MESSAGES } from './form-ui-messages.js';

type Key = 'remove' | 'moveUp' | 'moveDown' | 'copy' | 'add';

// Text buttons instead of rjsf's icon buttons (which need Bootstrap's icon font).
function TextButton({ label, className, props }: { label: Key; className: string; props: IconButtonProps }) {
  const { t } = useI18n();
  const { registry: _r, uiSchema: _u, icon: _i, iconType: _t, className: _c, ...rest } = props;
  return (
    <button type="button" {...rest} className={className}>
      {label === 'add' ? '+ ' : ''}
      {t(FORM_UI_MESSAGES, label)}
    </button>
  );
}

export function RemoveButton(props: IconButtonProps) {
  return <TextButton label="remove" className="small danger-outline" props={props} />;
}
export function MoveUpButton(props: IconButtonProps) {
  return <TextButton label="moveUp" className="small" props={props} />;
}
export function MoveDownButton(props: IconButtonProps) {
  return <TextButton label="moveDown" className="small" props={props} />;
}
export function CopyButton(props: IconButtonProps) {
  return <TextButton label="copy" className="small" props={props} />;
}
export function AddButton(props: IconButtonProps) {
  return <TextButton label="add" className="add-item" props={props} />;
}
