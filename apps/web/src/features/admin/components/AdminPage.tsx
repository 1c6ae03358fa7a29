import { Card, ConfigProvider, Flex, type ThemeConfig, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Danger red dark enough for 4.5:1 as text on white and under white text (Ant Design's #ff4d4f has 3.3:1). */
export const adminTheme: ThemeConfig = { token: { colorError: '#cf1322' } };

/** The frame of an admin screen: one h1, the screen's main button beside it, then the content. */
export function AdminPage({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <ConfigProvider theme={adminTheme}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {title}
          </Typography.Title>
          {extra}
        </Flex>
        {children}
      </Card>
    </ConfigProvider>
  );
}
