/** The GitHub Actions sink: outputs, job summary, one annotation per finding, and the step's outcome. */
import { outputsOf } from '../report/outputs.ts';
import type { Redactor } from '../util/redact.ts';
import { annotationText, headline } from '../report/headline.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderText } from '../report/text.ts';
import type { Report } from '../report/model.ts';
import { oneLine, printableLine } from '../util/text.ts';
import * as core from '@actions/core';

/** The longest annotation kept: GitHub shows a few lines of one anyway. */
const MAX_ANNOTATION = 4000;

export async function publishToActions(report: Report, redact: Redactor): Promise<void> {
  // Redacted first, then made printable: cleaning first could break up a token and hide it from the redactor.
  const line = (text: string) => oneLine(redact(text), MAX_ANNOTATION);
  // The log is wide and keeps no colour: the report as a terminal shows it, wrapped for reading.
  for (const text of renderText(report, { width: 120 }).trimEnd().split('\n')) core.info(printableLine(redact(text)));

  for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, redact(value));

  for (const finding of report.findings) {
    const properties = {
      title: line(finding.title),
      ...(finding.location ? { file: line(finding.location.file), startLine: finding.location.line } : {}),
    };
    const text = line(annotationText(finding));
    if (finding.severity === 'failure') core.error(text, properties);
    else if (finding.severity === 'warning') core.warning(text, properties);
    else core.notice(text, properties);
  }

  if (process.env['GITHUB_STEP_SUMMARY']) {
    try {
      await core.summary.addRaw(redact(renderMarkdown(report))).write();
    } catch (error) {
      core.warning(
        line(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }

  if (report.failed) {
    const failures = report.findings.filter((f) => f.severity === 'failure');
    core.setFailed(
      line(
        report.status === 'input-error'
          ? `Invalid input: ${failures.map((f) => f.title.replace(/^Input /, '')).join(', ')}. The annotations above say what each expects; no request was made.`
          : `${[headline(report), ...failures.map((f) => f.title).filter((t) => t !== headline(report))].join('; ')} (status: ${report.status}). The job summary says how to fix it.`,
      ),
    );
  }
}
