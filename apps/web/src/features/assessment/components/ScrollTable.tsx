import { Table, type TableProps } from 'antd';
import { useRef } from 'react';
import { useFocusableScroll } from './useFocusableScroll';

/** An antd Table that scrolls sideways on small screens, its scroll area reachable by keyboard. */
export function ScrollTable<T extends object>({ label, ...props }: TableProps<T> & { label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusableScroll(ref, label);
  return (
    <div ref={ref}>
      <Table<T> scroll={{ x: 'max-content' }} {...props} />
    </div>
  );
}
