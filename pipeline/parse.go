package pipeline

import (
	"slices"

	"github.com/moatscan/moat/internal/parallel"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/kubernetes"
)

// parsed is what became of one file.
type parsed struct {
	file  finding.File
	nodes []*graph.Node
	diags graph.Diagnostics
}

// pending says, for each format moat cannot parse yet, why it is skipped.
var pending = map[discover.Format]string{
	discover.PEM:           "certificates and keys are read when configuration names them (an extension's PEM file settings)",
	discover.Kustomization: "kustomize overlays are not rendered; the manifests they list are scanned as files",
	discover.Helm:          "Helm templates must be rendered first (helm template), then scanned",
}

// parseAll parses files in parallel; results keep the files' order.
// walkDiags tell why a file without data was not read; done counts the
// files handled.
func parseAll(files []discover.File, walkDiags graph.Diagnostics, done func()) []parsed {
	failed := map[string]string{}
	for _, d := range walkDiags {
		if d.Severity == graph.Error {
			failed[d.Subject.Filename] = d.Summary
		}
	}
	out := make([]parsed, len(files))
	parallel.Do(len(files), func(i int) {
		out[i] = parseOne(files[i], failed)
		if out[i].file.Path != "" {
			done()
		}
	})
	return slices.DeleteFunc(out, func(p parsed) bool { return p.file.Path == "" })
}

func parseOne(f discover.File, failed map[string]string) parsed {
	p := parsed{file: finding.File{Path: f.Path, Format: string(f.Format), Status: finding.Parsed}}
	if terraformFormats[f.Format] || (armFormats[f.Format] || bicepFormats[f.Format]) && f.Data != nil {
		return parsed{} // the Terraform, ARM and Bicep stages report these
	}
	if why, ok := pending[f.Format]; ok {
		p.file.Status, p.file.Reason = finding.Skipped, why
		return p
	}
	if f.Data == nil {
		p.file.Status, p.file.Reason = finding.Failed, failed[f.Path]
		if p.file.Reason == "" {
			p.file.Reason = "not read"
		}
		return p
	}
	switch f.Format {
	case discover.Kubernetes:
		p.nodes, p.diags = kubernetes.Parse(f.Path, f.Data, kubernetes.Options{})
	default:
		p.file.Status, p.file.Reason = finding.Skipped, "no parser for format "+string(f.Format)
		return p
	}
	if p.diags.HasErrors() {
		p.file.Status, p.file.Reason = finding.Failed, p.diags.FirstError()
	}
	return p
}
