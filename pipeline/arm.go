package pipeline

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm"
)

// armFormats are evaluated together: a template links to other templates
// and takes its parameters from other files.
var armFormats = map[discover.Format]bool{
	discover.ARM:       true,
	discover.ARMParams: true,
}

// startARM evaluates the ARM templates beside the per-file parsers; the
// result arrives on the channel.
func startARM(files []discover.File, params []discover.File) <-chan arm.Result {
	out := make(chan arm.Result, 1)
	var mine []discover.File
	for _, f := range files {
		if armFormats[f.Format] && f.Data != nil {
			mine = append(mine, f)
		}
	}
	var armParams []discover.File
	for _, p := range params {
		if p.Format == discover.ARMParams {
			armParams = append(armParams, p)
		}
	}
	if len(mine) == 0 {
		out <- arm.Result{}
		return out
	}
	go func() { out <- arm.Parse(mine, arm.Options{Parameters: armParams}) }()
	return out
}

// readParameters reads the --parameters files, which must lie inside the
// scan root like every file moat reads.
func readParameters(opts Options) ([]discover.File, graph.Diagnostics) {
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		root = opts.Root
	}
	names, ds := relativeTo(root, opts.Parameters, graph.CodeARMParams, "parameters file")
	var out []discover.File
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(n)))
		if err != nil {
			ds = ds.Errorf(graph.CodeARMParams, graph.Range{Filename: n}, "parameters file "+n+" cannot be read", "%v", err)
			continue
		}
		format := discover.ARMParams
		if strings.HasSuffix(n, ".bicepparam") {
			format = discover.BicepParams
		}
		out = append(out, discover.File{Path: n, Format: format, Data: data})
	}
	return out, ds
}

// addARM puts the ARM nodes and edges in the graph and reports what became
// of each template and parameters file.
func addARM(g *graph.Graph, res arm.Result, rep *finding.Report) {
	addStage(g, res.Nodes, res.Edges, res.Diags, rep)
	for _, f := range res.Files {
		rep.Files = append(rep.Files, finding.File{Path: f.Path, Format: f.Format, Status: f.Status, Reason: f.Reason})
	}
}
