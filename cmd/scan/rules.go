package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"github.com/moatscan/moat/docs"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/fixtures"
	"github.com/moatscan/moat/pipeline"
	"github.com/moatscan/moat/policies"
)

const rulesUsage = `Usage:
  scan rules list              list every rule with its severity and title
  scan rules explain ID        print a rule's documentation
  scan rules docs --out DIR    write one Markdown page per rule into DIR
`

func rulesCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "--help" || args[0] == "-h" {
		fmt.Fprint(stderr, rulesUsage)
		if len(args) == 0 {
			return exitError
		}
		return exitOK
	}
	engine, err := policies.New(context.Background(), policies.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "scan rules: %v\n", err)
		return exitError
	}
	rules := pipeline.Catalog(engine)
	switch args[0] {
	case "list":
		return listRules(rules, stdout)
	case "explain":
		return explainRule(rules, args[1:], stdout, stderr)
	case "docs":
		return writeDocs(rules, args[1:], stderr)
	}
	fmt.Fprint(stderr, rulesUsage)
	return exitError
}

func listRules(rules []finding.Rule, stdout io.Writer) int {
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tFORMATS\tTITLE")
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, strings.Join(r.Formats, ","), r.Title)
	}
	if err := tw.Flush(); err != nil {
		return exitError
	}
	return exitOK
}

func explainRule(rules []finding.Rule, args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprint(stderr, rulesUsage)
		return exitError
	}
	for _, r := range rules {
		if strings.EqualFold(r.ID, args[0]) {
			if _, err := stdout.Write(docs.Page(r, fixtures.Rules())); err != nil {
				fmt.Fprintf(stderr, "scan rules explain: %v\n", err)
				return exitError
			}
			return exitOK
		}
	}
	fmt.Fprintf(stderr, "scan rules explain: no rule %q (see scan rules list)\n", args[0])
	return exitError
}

func writeDocs(rules []finding.Rule, args []string, stderr io.Writer) int {
	fs := pflag.NewFlagSet("docs", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "folder to write the pages into")
	if err := fs.Parse(args); err != nil || *out == "" || fs.NArg() > 0 {
		fmt.Fprint(stderr, rulesUsage)
		return exitError
	}
	if err := docs.Write(*out, rules, fixtures.Rules()); err != nil {
		fmt.Fprintf(stderr, "scan rules docs: %v\n", err)
		return exitError
	}
	return exitOK
}
