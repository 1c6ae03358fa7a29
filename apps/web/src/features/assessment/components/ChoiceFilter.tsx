import { Form, Segmented, Select } from 'antd';
import { usePhone } from '@/lib/use-phone';

/** A labelled one-of-a-few filter: segments on a wide screen, a list on a phone (segments would not fit). */
export function ChoiceFilter<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const phone = usePhone();
  return (
    <Form.Item label={label} htmlFor={phone ? id : undefined}>
      {phone ? (
        <Select<T> id={id} value={value} onChange={onChange} style={{ minWidth: 160 }} options={options} />
      ) : (
        <Segmented<T> value={value} options={options} onChange={onChange} />
      )}
    </Form.Item>
  );
}
