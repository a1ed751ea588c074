/**
 * The shown assessment as a document to hand on: the HTML page with its charts, its PDF, the
 * spreadsheet, or Markdown — downloads of GET …/assessments/:n/document (what `trellis report` writes).
 */
import { Button, Menu } from '@mantine/core';
import { API } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';

const FORMATS = [
  { format: 'pdf', label: 'PDF (to print or send)' },
  { format: 'html', label: 'Web page (HTML, charts inline)' },
  { format: 'xlsx', label: 'Spreadsheet (every partner)' },
  { format: 'md', label: 'Markdown' },
  { format: 'prompt', label: 'Prompt for a language model' },
] as const;

export const DownloadMenu = ({ number }: { number: number }) => {
  const org = useOrgPath();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" mt={24} aria-label={`Download report: assessment #${number}`}>
          Download report
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FORMATS.map((f) => (
          <Menu.Item
            key={f.format}
            component="a"
            href={`${API}${org}/assessments/${number}/document?format=${f.format}`}
            download
          >
            {f.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};
