package sarif

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"

	v210 "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/moatscan/moat/finding"
)

// Defaults for a report whose Tool is not filled in.
const (
	defaultName = "moat"
	defaultURI  = "https://github.com/moatscan/moat"
)

// srcRoot is the uriBaseId of every relative artifact URI: the directory
// the scan ran in. Its absolute path is never written.
const srcRoot = "%SRCROOT%"

// Write writes r as a SARIF 2.1.0 log with one run. r must be sorted
// (finding.Report.Sort); Write does not reorder, and the same report gives
// the same bytes.
//
// A suppressed finding is a result with its suppressions. When r was
// compared with a baseline, every result has a baselineState, and each of
// r.Absent is a result in state "absent" after those of the scan (see
// absent in state.go: leave r.Absent empty in a log for GitHub code
// scanning).
func Write(w io.Writer, r *finding.Report) error {
	if r == nil {
		r = &finding.Report{}
	}
	log := v210.NewReport()
	log.AddRun(newBuilder(r).build(r))
	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		return fmt.Errorf("encode sarif: %w", err)
	}
	out, err := compact(buf.Bytes())
	if err != nil {
		return err
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("write sarif: %w", err)
	}
	return nil
}

// builder assembles one run. The maps are only looked up, never iterated,
// so the output order is the order of the report.
type builder struct {
	run       *v210.Run
	rules     map[string]int  // rule ID → index in tool.driver.rules
	artifacts map[string]int  // artifact URI → index in run.artifacts
	scanned   map[string]bool // files the scan read (parsed or failed)
}

func newBuilder(r *finding.Report) *builder {
	name, uri := r.Tool.Name, r.Tool.URI
	if name == "" {
		name = defaultName
	}
	if uri == "" {
		uri = defaultURI
	}
	b := &builder{
		run:       v210.NewRunWithInformationURI(name, uri),
		rules:     make(map[string]int),
		artifacts: make(map[string]int),
		scanned:   make(map[string]bool),
	}
	for _, f := range r.Files {
		b.scanned[f.Path] = f.Status != finding.Skipped
	}
	return b
}

// build fills the run: driver and rules, the results of this scan, those of
// the baseline it no longer has, then the invocation with its
// notifications.
func (b *builder) build(r *finding.Report) *v210.Run {
	b.run.Tool.Driver.WithVersion(toolVersion(r.Tool.Version)).WithSemanticVersion(semanticVersion(r.Tool.Version))
	b.run.ColumnKind = ptr("unicodeCodePoints")
	b.run.OriginalUriBaseIds = map[string]v210.ArtifactLocation{
		srcRoot: {Index: -1, Description: v210.NewTextMessage("The directory the scan ran in; artifact URIs are relative to it.")},
	}
	b.addRules(r.Rules)
	baseline := compared(r)
	for _, f := range r.Findings {
		res := b.result(f)
		if baseline {
			res.WithBaselineState(baselineState(f))
		}
		b.run.AddResult(res)
	}
	for _, f := range r.Absent {
		b.run.AddResult(b.absent(f))
	}
	inv := v210.NewInvocation().WithExecutionSuccessful(true)
	inv.ToolExecutionNotifications = b.notifications(r)
	b.run.Invocations = []*v210.Invocation{inv}
	if r.Coverage != nil {
		b.run.WithProperties(v210.NewPropertyBag().Add("coverage", r.Coverage))
	}
	return b.run
}

// toolVersion is v without a leading "v" when a digit follows, so that
// it starts with a number as SARIF consumers compare it; a version that
// is not numeric ("dev") is given as its semantic version.
func toolVersion(v string) string {
	if s := strings.TrimPrefix(v, "v"); s != "" && s[0] >= '0' && s[0] <= '9' {
		return s
	}
	return semanticVersion(v)
}

var semverRE = regexp.MustCompile(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)` +
	`(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)

var notIdent = regexp.MustCompile(`[^0-9A-Za-z-]+`)

// semanticVersion returns v as a semantic version: without its leading
// "v" when it is one, else as a pre-release of 0.0.0 ("dev" → "0.0.0-dev").
func semanticVersion(v string) string {
	if s := strings.TrimPrefix(v, "v"); semverRE.MatchString(s) {
		return s
	}
	id := strings.Trim(notIdent.ReplaceAllString(v, "-"), "-")
	if id == "" {
		id = "dev"
	}
	return "0.0.0-" + id
}

func ptr[T any](v T) *T { return &v }
