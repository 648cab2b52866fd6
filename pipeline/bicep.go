package pipeline

import (
	"bytes"
	"strings"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/bicep"
)

// bicepFormats are evaluated together: a file calls modules, imports from
// other files and takes its parameters from .bicepparam or ARM
// parameters files.
var bicepFormats = map[discover.Format]bool{
	discover.Bicep:       true,
	discover.BicepParams: true,
}

// startBicep evaluates the Bicep files beside the per-file parsers; the
// result arrives on the channel.
func startBicep(opts Options, files []discover.File, params []discover.File) <-chan bicep.Result {
	out := make(chan bicep.Result, 1)
	var mine []discover.File
	has := false
	for _, f := range files {
		if (bicepFormats[f.Format] || f.Format == discover.ARMParams) && f.Data != nil {
			mine = append(mine, f)
			has = has || f.Format == discover.Bicep
		}
	}
	if !has {
		out <- bicep.Result{}
		return out
	}
	read := readRoot(opts.Root)
	go func() { out <- bicep.Parse(mine, bicep.Options{Parameters: params, ReadFile: read}) }()
	return out
}

// compiledBicep splits off the ARM templates the Bicep compiler made from a
// .bicep file that the scan reads too (main.json beside main.bicep): they
// would report every finding twice. They are listed as skipped.
func compiledBicep(files []discover.File, rep *finding.Report) []discover.File {
	sources := map[string]bool{}
	for _, f := range files {
		if f.Format == discover.Bicep {
			sources[strings.TrimSuffix(f.Path, ".bicep")] = true
		}
	}
	if len(sources) == 0 {
		return files
	}
	out := make([]discover.File, 0, len(files))
	for _, f := range files {
		if f.Format == discover.ARM && sources[strings.TrimSuffix(f.Path, ".json")] && generatedByBicep(f.Data) {
			rep.Files = append(rep.Files, finding.File{Path: f.Path, Format: string(f.Format), Status: finding.Skipped,
				Reason: "compiled from " + strings.TrimSuffix(f.Path, ".json") + ".bicep, which is scanned instead"})
			continue
		}
		out = append(out, f)
	}
	return out
}

// generatedByBicep reports whether a template's metadata names the Bicep
// compiler as its generator.
func generatedByBicep(data []byte) bool {
	i := bytes.Index(data, []byte(`"_generator"`))
	if i < 0 {
		return false
	}
	rest := data[i:min(len(data), i+200)]
	return bytes.Contains(rest, []byte(`"bicep"`))
}

// addBicep puts the Bicep nodes and edges in the graph and reports what
// became of each file. An ARM parameters file that no template used but a
// Bicep file did is parsed after all.
func addBicep(g *graph.Graph, res bicep.Result, rep *finding.Report) {
	addStage(g, res.Nodes, res.Edges, res.Diags, rep)
	for _, f := range res.Files {
		rep.Files = append(rep.Files, finding.File{Path: f.Path, Format: f.Format, Status: f.Status, Reason: f.Reason})
	}
	used := map[string]bool{}
	for _, p := range res.ParamsUsed {
		used[p] = true
	}
	for i, f := range rep.Files {
		if used[f.Path] && f.Status == finding.Skipped {
			rep.Files[i].Status, rep.Files[i].Reason = finding.Parsed, ""
		}
	}
}
