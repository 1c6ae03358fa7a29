import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The frame of an admin screen: one h1, the screen's main button beside it, then the content. */
export function AdminPage({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children}
    </Card>
  );
}
