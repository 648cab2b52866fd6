package main

import (
	"bytes"
	"fmt"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/report/sarif"
)

// writeExtra writes the reports asked for beside the main one: the SARIF
// file (--sarif) and the counts (--summary).
func (f *scanFlags) writeExtra(rep *finding.Report, threshold finding.Level) error {
	if f.sarifFile != "" {
		var buf bytes.Buffer
		if err := sarif.Write(&buf, rep); err != nil {
			return err
		}
		if err := writeFile(f.sarifFile, buf.Bytes()); err != nil {
			return err
		}
	}
	if f.summaryFile != "" {
		return writeFile(f.summaryFile, counts(rep, threshold))
	}
	return nil
}

// counts is the --summary file: one NAME=VALUE line per count, in a fixed
// order, as a GitHub Actions step writes its outputs.
func counts(rep *finding.Report, threshold finding.Level) []byte {
	var findings, failing, suppressed, unchanged int
	for _, fd := range rep.Findings {
		switch {
		case fd.Suppressed():
			suppressed++
		case !fd.Counted():
			unchanged++
		default:
			findings++
			if fd.Level.Rank() >= threshold.Rank() {
				failing++
			}
		}
	}
	c := rep.Counts()
	var buf bytes.Buffer
	for _, kv := range []struct {
		name string
		n    int
	}{
		{"findings", findings}, {"errors", c[finding.Error]}, {"warnings", c[finding.Warning]}, {"notes", c[finding.Note]},
		{"failing", failing}, {"suppressed", suppressed}, {"unchanged", unchanged}, {"absent", len(rep.Absent)},
		{"files", len(rep.Files)},
	} {
		fmt.Fprintf(&buf, "%s=%d\n", kv.name, kv.n)
	}
	return buf.Bytes()
}
