package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/pflag"

	"github.com/moatscan/moat/baseline"
	"github.com/moatscan/moat/config"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/pipeline"
	"github.com/moatscan/moat/policies"
	"github.com/moatscan/moat/report"
	"github.com/moatscan/moat/report/sarif"
)

const scanUsage = `Usage: scan [flags] [PATH...]

Scans Terraform, Bicep, ARM and Kubernetes files below each PATH (default ".")
against moat's rules and reports the findings.

Flags:
%s
Exit codes:
  0  no finding at or above --severity-threshold
  1  findings at or above the threshold, or a file that could not be parsed
     (unless --allow-parse-errors)
  2  usage error, or moat itself failed (a rule could not be evaluated)

Other commands:
  scan rules list | explain ID | docs --out DIR
  scan version
`

type scanFlags struct {
	format, output, threshold, configFile   string
	graphFile, now, sarifFile, summaryFile  string
	baselineFile                            string
	excludes, varFiles, vars, params        []string
	allowParseErrors, color, noColor        bool
	coverage, quiet, showSuppressed, absent bool
	changed                                 bool
	maxFileSize                             int64
	clock                                   time.Time
	root                                    string // scan root when the paths lie outside the working directory
}

func newScanFlags(stderr io.Writer) (*pflag.FlagSet, *scanFlags) {
	f := &scanFlags{}
	fs := pflag.NewFlagSet("scan", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.format, "format", "text", "output format: text, json or sarif")
	fs.StringVarP(&f.output, "output", "o", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&f.threshold, "severity-threshold", "warning", "lowest level that fails the run: note, warning or error")
	fs.StringVar(&f.configFile, "config", "", "configuration `FILE` (default: .moat.yaml at the scan root when present)")
	fs.StringArrayVar(&f.excludes, "exclude", nil, "skip paths matching this glob `PATTERN` (repeatable; ** matches folders)")
	fs.StringArrayVar(&f.varFiles, "var-file", nil, "Terraform variables `FILE` (repeatable)")
	fs.StringArrayVar(&f.vars, "var", nil, "Terraform variable `NAME=VALUE` (repeatable)")
	fs.StringArrayVar(&f.params, "parameters", nil, "ARM/Bicep parameters `FILE` (repeatable)")
	fs.BoolVar(&f.allowParseErrors, "allow-parse-errors", false, "do not fail the run on files that could not be parsed")
	fs.BoolVar(&f.color, "color", false, "colour text output even when not writing to a terminal")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour text output (also: NO_COLOR set)")
	fs.BoolVar(&f.coverage, "coverage", false, "add the requirement coverage report: per requirement, the resources compliant, violating and undetermined")
	fs.StringVar(&f.baselineFile, "baseline", "", "compare with a previous SARIF report `FILE`: only new findings fail the run")
	fs.BoolVar(&f.absent, "absent", true, "with --baseline, report the baseline's findings this scan no longer has as absent results\n(SARIF, JSON); code scanning would read them as open alerts, so the GitHub Action turns this off")
	fs.BoolVar(&f.changed, "changed", false, "treat the PATHs as changed files (as pre-commit passes them): read the whole tree below the\ncurrent directory and report only what concerns those files and the resources linked to them")
	fs.BoolVar(&f.quiet, "quiet", false, "text output: only the findings that count and the errors, no summary")
	fs.BoolVar(&f.showSuppressed, "show-suppressed", false, "text output: also list suppressed findings and those already in the baseline")
	fs.StringVar(&f.sarifFile, "sarif", "", "also write the SARIF report to `FILE`, whatever --format is")
	fs.StringVar(&f.summaryFile, "summary", "", "write the counts to `FILE` as NAME=VALUE lines (the $GITHUB_OUTPUT format)")
	fs.StringVar(&f.graphFile, "graph", "", "also write the linked resource graph as JSON to `FILE`")
	fs.StringVar(&f.now, "now", "", "measure certificate expiry at this `TIME` (RFC 3339) instead of the current time")
	fs.Int64Var(&f.maxFileSize, "max-file-size", 0, "largest file read, in `BYTES` (default 16 MiB)")
	fs.Usage = func() { fmt.Fprintf(stderr, scanUsage, fs.FlagUsages()) }
	return fs, f
}

func scanCmd(args []string, stdout, stderr io.Writer) int {
	fs, f := newScanFlags(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "scan: %v (see scan --help)\n", err)
		return exitError
	}
	threshold, err := f.check()
	if err != nil {
		fmt.Fprintf(stderr, "scan: %v\n", err)
		return exitError
	}
	args = fs.Args()
	var changed []string
	if f.changed {
		changed, args = append([]string{}, args...), nil
	}
	root, paths := scanRoot(args)
	f.root = root
	cfg, cfgPath, cfgDiags, err := loadConfig(f.configFile, args)
	if err != nil {
		fmt.Fprintf(stderr, "scan: %v\n", err)
		return exitError
	}
	base, err := f.readBaseline()
	if err != nil {
		fmt.Fprintf(stderr, "scan: %v\n", err)
		return exitError
	}
	ctx := context.Background()
	engine, err := policies.New(ctx, policies.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "scan: %v\n", err)
		return exitError
	}
	cfgDiags = append(cfgDiags, cfg.CheckRules(ruleIDs(pipeline.Catalog(engine)))...)
	var graphErr error
	prog := f.progress(stderr)
	rep, _, err := pipeline.Run(ctx, pipeline.Options{
		Root: root, Paths: paths, Excludes: f.excludes, MaxFileSize: f.maxFileSize, Config: cfg, ConfigDir: configDir(root, cfgPath),
		Engine: engine, VarFiles: f.varFiles, Vars: f.vars, Parameters: f.params, Now: f.clock, Coverage: f.coverage,
		Changed: changed,
		Tool:    finding.Tool{Name: "moat", Version: toolVersion(), URI: "https://github.com/moatscan/moat"},
		Inspect: f.inspect(&graphErr), Progress: prog.update,
	})
	prog.done()
	if err == nil {
		err = graphErr
	}
	if err != nil {
		fmt.Fprintf(stderr, "scan: %v\n", err)
		return exitError
	}
	rep.Diagnostics = append(rep.Diagnostics, cfgDiags...)
	if base != nil {
		baseline.Compare(rep, base)
		if !f.absent {
			rep.Absent = nil
		}
		if base.Unfingerprinted > 0 {
			fmt.Fprintf(stderr, "scan: --baseline: %d results of %s carry no moat fingerprint and were left out\n", base.Unfingerprinted, f.baselineFile)
		}
	}
	rep.Sort()
	if err := f.write(rep, stdout); err != nil {
		fmt.Fprintf(stderr, "scan: %v\n", err)
		return exitError
	}
	if err := f.writeExtra(rep, threshold); err != nil {
		fmt.Fprintf(stderr, "scan: %v\n", err)
		return exitError
	}
	return exitCode(rep, threshold, f.allowParseErrors)
}

func (f *scanFlags) check() (finding.Level, error) {
	switch f.format {
	case "text", "json", "sarif":
	default:
		return "", fmt.Errorf("--format %q: use text, json or sarif", f.format)
	}
	l, err := finding.ParseLevel(f.threshold)
	if err != nil {
		return "", fmt.Errorf("--severity-threshold: %w", err)
	}
	if f.now != "" {
		if f.clock, err = time.Parse(time.RFC3339, f.now); err != nil {
			return "", fmt.Errorf("--now %q: use RFC 3339, such as 2026-01-31T00:00:00Z", f.now)
		}
	}
	for _, p := range append(append([]string(nil), f.varFiles...), f.params...) {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("input file: %w", err)
		}
	}
	return l, nil
}

// loadConfig reads --config, or .moat.yaml at the scan root: the folder
// given as the only path, else the current directory.
func loadConfig(explicit string, paths []string) (config.Config, string, graph.Diagnostics, error) {
	path := explicit
	if path == "" {
		root := "."
		if len(paths) == 1 {
			if st, err := os.Stat(paths[0]); err == nil && st.IsDir() {
				root = paths[0]
			}
		}
		path = config.Find(root)
	} else if _, err := os.Stat(path); err != nil {
		return config.Config{}, "", nil, fmt.Errorf("--config: %w", err)
	}
	if path == "" {
		return config.Default(), "", nil, nil
	}
	c, ds := config.Load(path, filepath.ToSlash(filepath.Clean(path)))
	return c, path, ds, nil
}

func (f *scanFlags) write(rep *finding.Report, stdout io.Writer) error {
	var buf bytes.Buffer
	var err error
	switch f.format {
	case "sarif":
		err = sarif.Write(&buf, rep)
	case "json":
		err = report.JSON(&buf, rep)
	default:
		color := f.color || (f.output == "" && isTerminal(stdout) && os.Getenv("NO_COLOR") == "")
		err = report.Text(&buf, rep, report.TextOptions{Color: color && !f.noColor, Source: report.Masked(readFrom(f.root), rep.Sensitive),
			Quiet: f.quiet, ShowSuppressed: f.showSuppressed})
	}
	if err != nil {
		return err
	}
	if f.output == "" {
		_, err = stdout.Write(buf.Bytes())
		return err
	}
	return writeFile(f.output, buf.Bytes())
}

// exitCode applies the threshold; input errors fail the run unless
// allowed, and a rule that could not run is a tool error.
func exitCode(rep *finding.Report, threshold finding.Level, allowParseErrors bool) int {
	code := exitOK
	for _, d := range rep.Diagnostics {
		switch {
		case d.Code == graph.CodePolicyError || d.Code == graph.CodePolicyTimeout:
			return exitError
		case d.Severity == graph.Error && !allowParseErrors:
			code = exitFindings
		}
	}
	for _, fd := range rep.Findings {
		if fd.Counted() && fd.Level.Rank() >= threshold.Rank() {
			code = exitFindings
		}
	}
	return code
}
