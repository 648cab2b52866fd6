package pipeline

import (
	"path/filepath"
	"strings"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform"
)

// terraformFormats are evaluated together, a root module at a time, not
// file by file.
var terraformFormats = map[discover.Format]bool{
	discover.Terraform:     true,
	discover.TerraformVars: true,
	discover.TerraformPlan: true,
}

// startTerraform evaluates the Terraform files beside the per-file
// parsers; the result arrives on the channel.
func startTerraform(opts Options, files []discover.File, rep *finding.Report) <-chan terraform.Result {
	out := make(chan terraform.Result, 1)
	var tf []discover.File
	for _, f := range files {
		if terraformFormats[f.Format] {
			tf = append(tf, f)
		}
	}
	if len(tf) == 0 {
		out <- terraform.Result{}
		return out
	}
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		root = opts.Root
	}
	varFiles, ds := relativeTo(root, opts.VarFiles, graph.CodeTFVars, "variables file")
	rep.Diagnostics = append(rep.Diagnostics, ds...)
	go func() {
		out <- terraform.Parse(tf, terraform.Options{Root: root, VarFiles: varFiles, Vars: opts.Vars, MaxFileSize: opts.MaxFileSize})
	}()
	return out
}

// relativeTo turns --var-file or --parameters paths into slash paths
// relative to the scan root; files outside it are refused, as every file
// moat reads.
func relativeTo(root string, names []string, code, what string) ([]string, graph.Diagnostics) {
	var out []string
	var ds graph.Diagnostics
	for _, n := range names {
		abs, err := filepath.Abs(n)
		if err == nil {
			var rel string
			rel, err = filepath.Rel(root, abs)
			if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				out = append(out, filepath.ToSlash(rel))
				continue
			}
		}
		ds = ds.Errorf(code, graph.Range{Filename: filepath.ToSlash(n)}, what+" "+n+" is outside the scan root",
			"moat reads files inside the scan root only; move the file or scan from a folder that contains it")
	}
	return out, ds
}

// addTerraform puts the Terraform nodes and edges in the graph and reports
// what became of each Terraform file.
func addTerraform(g *graph.Graph, res terraform.Result, rep *finding.Report) {
	addStage(g, res.Nodes, res.Edges, res.Diags, rep)
	for _, f := range res.Files {
		rep.Files = append(rep.Files, finding.File{Path: f.Path, Format: f.Format, Status: f.Status, Reason: f.Reason})
	}
}

// addStage puts what a stage that reads many files at once made in the
// graph, with its diagnostics.
func addStage(g *graph.Graph, nodes []*graph.Node, edges []graph.Edge, diags graph.Diagnostics, rep *finding.Report) {
	rep.Diagnostics = append(rep.Diagnostics, diags...)
	for _, n := range nodes {
		rep.Diagnostics = append(rep.Diagnostics, g.Add(n)...)
	}
	for _, e := range edges {
		g.Link(e)
	}
}
