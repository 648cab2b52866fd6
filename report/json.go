package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// JSONVersion is the version of the JSON output's schema. It changes only
// when a field changes meaning or goes away.
const JSONVersion = 1

type jsonReport struct {
	Version     int               `json:"version"`
	Tool        finding.Tool      `json:"tool"`
	Rules       []finding.Rule    `json:"rules"`
	Findings    []jsonFinding     `json:"findings"`
	Absent      []jsonFinding     `json:"absent"`
	Diagnostics graph.Diagnostics `json:"diagnostics"`
	Files       []finding.File    `json:"files"`
	Summary     summary           `json:"summary"`
	Coverage    *finding.Coverage `json:"coverage,omitempty"`
}

// jsonFinding is a finding with its fingerprint, which stays the same
// when edits move the finding's lines.
type jsonFinding struct {
	finding.Finding
	Fingerprint string `json:"fingerprint"`
}

// JSON writes r as indented JSON: the schema version, the tool, the rules,
// the findings (each with its fingerprint, suppressions and baseline
// state), the baseline findings this scan no longer has ("absent"), the
// input diagnostics, the files and a summary: counted findings by level,
// files by status, and the suppressed, unchanged, updated and absent
// findings. Lists are never null.
func JSON(w io.Writer, r *finding.Report) error {
	if r == nil {
		r = &finding.Report{}
	}
	out := jsonReport{
		Version:     JSONVersion,
		Tool:        r.Tool,
		Rules:       make([]finding.Rule, len(r.Rules)),
		Findings:    withFingerprints(r.Findings),
		Absent:      withFingerprints(r.Absent),
		Diagnostics: append(graph.Diagnostics{}, r.Diagnostics...),
		Files:       append([]finding.File{}, r.Files...),
		Summary:     summarize(r),
		Coverage:    r.Coverage,
	}
	for i, rule := range r.Rules {
		rule.Formats = nonNil(rule.Formats)
		rule.References = nonNil(rule.References)
		out.Rules[i] = rule
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode json report: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

func withFingerprints(fs []finding.Finding) []jsonFinding {
	out := make([]jsonFinding, len(fs))
	for i, f := range fs {
		out[i] = jsonFinding{Finding: f, Fingerprint: f.Fingerprint()}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
