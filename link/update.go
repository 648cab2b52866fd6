package link

import (
	"strings"

	"github.com/moatscan/moat/graph"
)

// KindUpdates links a resource that patches another (Terraform's
// azapi_update_resource) to the resource it patches.
const KindUpdates = "updates"

// mergeUpdates folds every update node (Facts["update"], an
// azapi_update_resource) into the resource it names, as Azure applies it
// (catalog §8.2): the body's values overwrite the target's, objects
// merging key by key; the values keep the ranges of the update, so a
// finding on an overwritten setting points at the update that wrote it.
// The update keeps its Terraform type, so that it is not mistaken for a
// second resource, and links to its target.
func mergeUpdates(g *graph.Graph) {
	var from map[string][]graph.Edge // reference edges by source, built when an update is found
	for _, u := range g.Nodes() {
		if upd, _ := u.Facts["update"].(bool); !upd || u.IsKubernetes() {
			continue
		}
		if from == nil {
			from = map[string][]graph.Edge{}
			for _, e := range g.Edges() {
				if e.Kind == KindReference {
					from[e.From] = append(from[e.From], e)
				}
			}
		}
		t := updateTarget(g, u, from[u.ID])
		if t == nil {
			continue
		}
		merge(t, u)
		armType := u.Type
		u.Type = "azapi_update_resource"
		u.Facts["arm_type"] = armType
		g.Link(graph.Edge{From: u.ID, To: t.ID, Kind: KindUpdates, Attr: graph.P("parent")})
		for _, e := range from[u.ID] {
			if len(e.Attr) > 0 && e.Attr[0] != "parent" {
				e.From = t.ID
				g.Link(e)
			}
		}
	}
}

// updateTarget is the resource an update names in resource_id: through
// the reference the parser resolved, else a literal resource ID of a
// resource of the scan with that type and name.
func updateTarget(g *graph.Graph, u *graph.Node, refs []graph.Edge) *graph.Node {
	for _, e := range refs {
		if e.Attr.String() == "parent" {
			if t := g.Node(e.To); t != nil && strings.EqualFold(t.Type, u.Type) {
				return t
			}
		}
	}
	s, ok := u.Attrs["parent"].(string)
	if !ok || u.IsUnknown(graph.P("parent")) {
		return nil
	}
	id, ok := parseID(s)
	if !ok || !strings.EqualFold(id.Type, u.Type) {
		return nil
	}
	var found *graph.Node
	for _, n := range g.Nodes() {
		if n != u && strings.EqualFold(n.Type, u.Type) && strings.EqualFold(n.Name, id.Name()) && sameGroup(id.Group, group(n)) {
			if found != nil {
				return nil // ambiguous: leave the update on its own
			}
			found = n
		}
	}
	return found
}

// updateSkips are the update's own attributes, not part of the body.
var updateSkips = map[string]bool{"parent": true, "name": true, "id": true}

// merge writes the update's body into the target.
func merge(t, u *graph.Node) {
	if t.Attrs == nil {
		t.Attrs = map[string]any{}
	}
	var written []graph.Path
	for k, v := range u.Attrs {
		if !updateSkips[k] {
			written = append(written, mergeValue(t.Attrs, k, v, graph.P(k))...)
		}
	}
	for _, p := range written {
		t.Unknown = dropUnder(t.Unknown, p)
		dropDefault(t, p)
	}
	for _, p := range u.Unknown {
		if len(p) > 0 && !updateSkips[p[0]] {
			t.Unknown = append(t.Unknown, p)
		}
	}
	if t.Keys == nil {
		t.Keys = map[string]graph.Range{}
	}
	moveRanges(t.Ranges, u.Ranges, written)
	moveRanges(t.Keys, u.Keys, written)
}

// moveRanges copies the ranges of the values the update wrote (and
// below); the objects that hold them keep the target's ranges, so that a
// setting the update leaves alone still locates in the target.
func moveRanges(dst, src map[string]graph.Range, written []graph.Path) {
	for k, r := range src {
		p, err := graph.ParsePath(k)
		if err != nil || len(p) == 0 || updateSkips[p[0]] {
			continue
		}
		if under(p, written) {
			dst[k] = r
		}
	}
}

// under reports whether p is at or below one of the paths.
func under(p graph.Path, paths []graph.Path) bool {
	for _, q := range paths {
		if len(p) >= len(q) && p[:len(q)].String() == q.String() {
			return true
		}
	}
	return false
}

// mergeValue sets dst[k] to v, merging objects key by key, and returns
// the paths of the leaves it wrote.
func mergeValue(dst map[string]any, k string, v any, p graph.Path) []graph.Path {
	src, isObj := v.(map[string]any)
	cur, curObj := dst[k].(map[string]any)
	if !isObj || !curObj {
		dst[k] = graph.CopyValue(v)
		return []graph.Path{p}
	}
	var out []graph.Path
	for sk, sv := range src {
		out = append(out, mergeValue(cur, sk, sv, p.Append(sk))...)
	}
	return out
}

// dropUnder removes the paths at or below p.
func dropUnder(paths []graph.Path, p graph.Path) []graph.Path {
	out := paths[:0]
	for _, q := range paths {
		if !under(q, []graph.Path{p}) {
			out = append(out, q)
		}
	}
	return out
}

// dropDefault removes p from the provider defaults the mapper wrote (and
// from those that depend on the provider version): the update sets it.
func dropDefault(t *graph.Node, p graph.Path) {
	for _, fact := range []string{"defaults", "version_default"} {
		ds, ok := t.Facts[fact].([]any)
		if !ok {
			continue
		}
		out := make([]any, 0, len(ds))
		for _, d := range ds {
			if s, _ := d.(string); s != p.String() {
				out = append(out, d)
			}
		}
		t.Facts[fact] = out
	}
}
