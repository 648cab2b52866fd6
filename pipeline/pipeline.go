package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/moatscan/moat/config"
	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/link"
	"github.com/moatscan/moat/parsers/aso"
	"github.com/moatscan/moat/policies"
	"github.com/moatscan/moat/schema"
)

// Options describe one scan.
type Options struct {
	Paths       []string         // files or folders; none means Root
	Root        string           // folder file names are relative to; "" is the current directory
	Excludes    []string         // glob patterns, as discover reads them
	MaxFileSize int64            // 0 means discover's default
	Config      config.Config    // the profile and settings
	ConfigDir   string           // the folder of .moat.yaml as a report name ("" at the scan root); its paths are relative to it
	VarFiles    []string         // Terraform --var-file, relative to the working directory or absolute
	Parameters  []string         // ARM --parameters files, relative to the working directory or absolute
	Vars        []string         // Terraform --var name=value
	Engine      *policies.Engine // compiled rules, shared between scans
	Tool        finding.Tool
	Now         time.Time            // clock for certificate expiry; zero means the current time
	Inspect     func(g *graph.Graph) // when set, sees the linked graph before the rules run
	Coverage    bool                 // build the requirement coverage report
	// Changed, when set, lists changed files (as pre-commit passes them):
	// the whole tree is read so that their links resolve, and the report
	// keeps what concerns them and the resources linked to them.
	Changed []string
	// Progress, when set, hears how many of the discovered files have
	// been parsed; it may be called from several goroutines.
	Progress func(done, total int)
}

// Stats say where a scan spent its time.
type Stats struct {
	Files, Nodes, Edges                 int
	Discover, Parse, Link, Rego, Locate time.Duration
}

// Run scans and returns the sorted report. An error means the tool itself
// failed; problems in the input are diagnostics in the report.
func Run(ctx context.Context, opts Options) (*finding.Report, Stats, error) {
	var st Stats
	if opts.Engine == nil {
		return nil, st, fmt.Errorf("run scan: no policy engine")
	}
	catalog := Catalog(opts.Engine)
	engine, rules := selectRules(opts.Engine, opts.Config)
	rep := &finding.Report{Tool: opts.Tool, Rules: rules}
	types, err := schema.Default()
	if err != nil {
		return nil, st, fmt.Errorf("run scan: load the schema index: %w", err)
	}
	g := collect(opts, types, rep, &st)

	t := time.Now()
	link.Resolve(g)
	cluster, heuristic, ds := link.Cluster(g, opts.Config.Profile.Cluster, opts.Config.ProfileCluster)
	rep.Diagnostics = append(rep.Diagnostics, ds...)
	isolated, ds := assignClusters(g, opts.Config, opts.ConfigDir, cluster, heuristic)
	rep.Diagnostics = append(rep.Diagnostics, ds...)
	st.Link, st.Nodes, st.Edges = time.Since(t), g.Len(), len(g.Edges())
	if opts.Inspect != nil {
		opts.Inspect(g)
	}

	t = time.Now()
	in, err := policies.Input(g, policies.Context{Profile: opts.Config.Profile, Cluster: cluster, ClusterHeuristic: heuristic,
		Now: opts.Now, IsolatedClusters: isolated})
	if err != nil {
		return nil, st, err
	}
	raws, errs := engine.Eval(ctx, in)
	st.Rego = time.Since(t)
	if err := ctx.Err(); err != nil {
		return nil, st, fmt.Errorf("run scan: %w", err)
	}

	t = time.Now()
	locate(g, raws, errs, rep)
	var files func(string) bool
	var fc *focus
	if opts.Changed != nil {
		fc = newFocus(g, opts.Root, opts.Changed)
		files = func(name string) bool { return fc.files[name] }
	}
	accept(opts, g, rep, catalog, files)
	if fc != nil {
		fc.narrow(g, rep)
	}
	if opts.Coverage {
		coverage(ctx, g, engine, in, rep)
	}
	rep.Sort()
	st.Locate = time.Since(t)
	return rep, st, nil
}

// collect discovers and parses the files into one graph, with the Azure
// resources that Azure Service Operator objects declare.
func collect(opts Options, types *schema.Index, rep *finding.Report, st *Stats) *graph.Graph {
	t := time.Now()
	excludes := append(rebase(opts.ConfigDir, opts.Config.Exclude), opts.Excludes...)
	files, ds := discover.Walk(opts.Paths, discover.Options{Root: opts.Root, Excludes: excludes, MaxFileSize: opts.MaxFileSize})
	rep.Diagnostics = append(rep.Diagnostics, ds...)
	st.Discover, st.Files = time.Since(t), len(files)

	t = time.Now()
	g := graph.New()
	tf := startTerraform(opts, files, rep)
	params, pds := readParameters(opts)
	rep.Diagnostics = append(rep.Diagnostics, pds...)
	arms := startARM(compiledBicep(files, rep), params)
	biceps := startBicep(opts, files, params)
	done := progress(opts.Progress, len(files))
	for _, r := range parseAll(files, ds, func() { done(1) }) {
		rep.Files = append(rep.Files, r.file)
		rep.Diagnostics = append(rep.Diagnostics, r.diags...)
		for _, n := range r.nodes {
			rep.Diagnostics = append(rep.Diagnostics, g.Add(n)...)
		}
	}
	addTerraform(g, <-tf, rep)
	addARM(g, <-arms, rep)
	addBicep(g, <-biceps, rep)
	done(len(files)) // the Terraform, ARM and Bicep stages report their files at once
	derived, owners := aso.Derive(g.Nodes())
	for _, n := range derived {
		rep.Diagnostics = append(rep.Diagnostics, g.Add(n)...)
	}
	for _, e := range owners {
		g.Link(e)
	}
	attachSchema(g, types)
	rep.Diagnostics = append(rep.Diagnostics, attachTLS(g, opts)...)
	st.Parse = time.Since(t)
	return g
}

// progress returns a counter of parsed files that reports to report, at
// most the total.
func progress(report func(done, total int), total int) func(n int) {
	if report == nil {
		return func(int) {}
	}
	var mu sync.Mutex
	count := 0
	return func(n int) {
		mu.Lock()
		defer mu.Unlock()
		count = min(count+n, total)
		report(count, total)
	}
}

// locate turns the rules' results into located findings, reports the
// rules that failed, and lists the ranges text output must mask.
func locate(g *graph.Graph, raws []policies.Raw, errs []policies.RuleError, rep *finding.Report) {
	rep.Diagnostics = append(rep.Diagnostics, ruleErrors(errs)...)
	for _, raw := range raws {
		f, err := policies.Locate(g, raw)
		if err != nil {
			rep.Diagnostics = append(rep.Diagnostics, policyDiagnostic(raw.Rule, graph.CodePolicyError, err.Error()))
			continue
		}
		rep.Findings = append(rep.Findings, f)
	}
	rep.Sensitive = sensitiveRanges(g)
	for _, f := range rep.Findings {
		if f.Sensitive {
			r := f.Location.Range
			rep.Sensitive[r.Filename] = append(rep.Sensitive[r.Filename], r)
		}
	}
}

func ruleErrors(errs []policies.RuleError) graph.Diagnostics {
	var ds graph.Diagnostics
	for _, e := range errs {
		code := graph.CodePolicyError
		if e.Timeout {
			code = graph.CodePolicyTimeout
		}
		ds = append(ds, policyDiagnostic(e.Rule, code, e.Err.Error()))
	}
	return ds
}

func policyDiagnostic(r finding.Rule, code, detail string) graph.Diagnostic {
	return graph.Diagnostic{Severity: graph.Error, Code: code, Summary: "rule " + r.ID + " could not be evaluated",
		Detail: detail + "; its findings are missing from this report", Subject: graph.Range{Filename: "policies/" + r.Package}}
}

// assignClusters records on every manifest the cluster its set of the
// profile deploys it to, and lists the clusters the profile marks as
// network isolated.
func assignClusters(g *graph.Graph, cfg config.Config, dir, cluster string, heuristic bool) ([]string, graph.Diagnostics) {
	sets := make([]link.ManifestSet, len(cfg.Sets))
	for i, s := range cfg.Sets {
		match := s.Match
		sets[i] = link.ManifestSet{Cluster: s.Cluster, Isolated: s.Isolated, Where: s.Where, Match: func(file string) bool {
			rel, ok := below(dir, file)
			return ok && match(rel)
		}}
	}
	isolated, ds := link.AssignClusters(g, sets, cluster, heuristic, cfg.Profile.NetworkIsolated)
	if cfg.Profile.NetworkIsolated && cluster != "" {
		isolated = append(isolated, cluster)
	}
	return isolated, ds
}
