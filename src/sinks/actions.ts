/** The GitHub Actions sink: outputs, job summary, one annotation per finding, and the step's outcome. */
import * as runner from '../inputs/runner.ts';
import { outputsOf } from '../report/outputs.ts';
import type { Redactor } from '../util/redact.ts';
import { annotationText, headline } from '../report/headline.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderText } from '../report/text.ts';
import type { Report } from '../report/model.ts';
import { messageOf } from '../util/errors.ts';
import { oneLine, printableLine } from '../util/text.ts';

/** The longest annotation kept: GitHub shows a few lines of one anyway. */
const MAX_ANNOTATION = 4000;

export function publishToActions(report: Report, redact: Redactor): void {
  // Redacted first, then made printable: cleaning first could break up a token and hide it from the redactor.
  const line = (text: string) => oneLine(redact(text), MAX_ANNOTATION);
  // The log is wide and keeps no colour: the report as a terminal shows it, wrapped for reading.
  // Redacted whole, so that a token split across lines is found too; then each line is made printable.
  runner.info(
    redact(renderText(report, { width: 120 }))
      .trimEnd()
      .split('\n')
      .map(printableLine)
      .join('\n'),
  );

  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(outputsOf(report))) outputs[name] = redact(value);
  runner.setOutputs(outputs);

  for (const finding of report.findings) {
    const properties = {
      title: line(finding.title),
      ...(finding.location ? { file: line(finding.location.file), startLine: finding.location.line } : {}),
    };
    const text = line(annotationText(finding));
    if (finding.severity === 'failure') runner.error(text, properties);
    else if (finding.severity === 'warning') runner.warning(text, properties);
    else runner.notice(text, properties);
  }

  try {
    runner.appendSummary(redact(renderMarkdown(report)));
  } catch (error) {
    runner.warning(line(`The job summary could not be written: ${messageOf(error)}`));
  }

  if (report.failed) {
    const failures = report.findings.filter((f) => f.severity === 'failure');
    runner.setFailed(
      line(
        report.status === 'input-error'
          ? `Invalid input: ${failures.map((f) => f.title.replace(/^Input /, '')).join(', ')}. The annotations above say what each expects; no request was made.`
          : `${[headline(report), ...failures.map((f) => f.title).filter((t) => t !== headline(report))].join('; ')} (status: ${report.status}). The job summary says how to fix it.`,
      ),
    );
  }
}
