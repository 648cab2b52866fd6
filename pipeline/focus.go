package pipeline

import (
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// hubs are the resource types that tie most of a repository together: a
// walk from changed files includes the resources it meets, but does not go
// on through these, or every file would be linked to every other.
var hubs = map[string]bool{
	"Microsoft.ContainerService/managedClusters": true,
	"Microsoft.Network/virtualNetworks":          true,
	"Microsoft.Network/virtualNetworks/subnets":  true,
	"Microsoft.Network/privateDnsZones":          true,
	"Microsoft.Network/routeTables":              true,
	"Microsoft.Resources/resourceGroups":         true,
	"Microsoft.OperationalInsights/workspaces":   true,
	"v1/Namespace": true,
}

// focus is what a scan of changed files reports on: the changed files,
// the resources declared in them (or made from them: a module call, a
// parameters file), and the resources linked to those.
type focus struct {
	files   map[string]bool
	changed map[string]bool // nodes declared in or made from the changed files
	linked  map[string]bool // changed plus the nodes linked to them
}

// newFocus resolves the changed paths (relative to the working directory
// or absolute) to report names below root and walks the graph from them.
func newFocus(g *graph.Graph, root string, paths []string) *focus {
	f := &focus{files: map[string]bool{}, changed: map[string]bool{}, linked: map[string]bool{}}
	for _, p := range paths {
		if name, ok := reportName(root, p); ok {
			f.files[name] = true
		}
	}
	var queue []string
	for _, n := range g.Nodes() {
		if f.files[n.Range.Filename] || slices.ContainsFunc(n.Origin, func(o graph.Range) bool { return f.files[o.Filename] }) {
			f.changed[n.ID] = true
			f.linked[n.ID] = true
			queue = append(queue, n.ID)
		}
	}
	adjacent := map[string][]string{}
	for _, e := range g.Edges() {
		adjacent[e.From] = append(adjacent[e.From], e.To)
		adjacent[e.To] = append(adjacent[e.To], e.From)
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if n := g.Node(id); n != nil && hubs[n.Type] && !f.changed[id] {
			continue
		}
		for _, next := range adjacent[id] {
			if n := g.Node(next); n != nil && !f.linked[next] && (!hubs[n.Type] || f.changed[next]) {
				f.linked[next] = true
				queue = append(queue, next)
			}
		}
	}
	return f
}

// reportName is the report's name of path: slash-separated and relative
// to root ("" is the working directory).
func reportName(root, p string) (string, bool) {
	base := root
	if base == "" {
		base = "."
	}
	absBase, err1 := filepath.Abs(base)
	abs, err2 := filepath.Abs(p)
	if err1 != nil || err2 != nil {
		return "", false
	}
	rel, err := filepath.Rel(absBase, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return path.Clean(filepath.ToSlash(rel)), true
}

// concerns reports whether a finding is about the focus: its resource or
// the resource it applies to is changed or linked, it lies in a changed
// file, or it names a changed resource among its related locations.
func (f *focus) concerns(fd finding.Finding) bool {
	if f.files[fd.Location.Range.Filename] || f.linked[fd.Location.Node] || fd.AppliesTo != "" && f.linked[fd.AppliesTo] {
		return true
	}
	for _, r := range fd.Related {
		if f.changed[r.Node] || f.files[r.Range.Filename] {
			return true
		}
	}
	return false
}

// narrow keeps in rep what concerns the focus: findings, the diagnostics
// of changed files (and of no scanned file: configuration, rules), and
// the files that were checked: the changed ones and those of the linked
// resources.
func (f *focus) narrow(g *graph.Graph, rep *finding.Report) {
	rep.Findings = slices.DeleteFunc(rep.Findings, func(fd finding.Finding) bool { return !f.concerns(fd) })
	scanned := map[string]bool{}
	for _, file := range rep.Files {
		scanned[file.Path] = true
	}
	rep.Diagnostics = slices.DeleteFunc(rep.Diagnostics, func(d graph.Diagnostic) bool {
		name := d.Subject.Filename
		return scanned[name] && !f.files[name]
	})
	checked := maps.Clone(f.files)
	for id := range f.linked {
		if n := g.Node(id); n != nil {
			checked[n.Range.Filename] = true
		}
	}
	rep.Files = slices.DeleteFunc(rep.Files, func(file finding.File) bool { return !checked[file.Path] })
}
