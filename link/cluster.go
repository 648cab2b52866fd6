package link

import (
	"strings"

	"github.com/moatscan/moat/graph"
)

// Cluster decides which AKS cluster the scan's Kubernetes manifests deploy
// to: the one the profile names (by node ID or resource name), else the
// only cluster in the scan, marked heuristic. It returns "" when neither
// applies, and a diagnostic at where (the profile's cluster setting) when
// the named cluster is not in the scan.
func Cluster(g *graph.Graph, want string, where graph.Range) (id string, heuristic bool, ds graph.Diagnostics) {
	var clusters []*graph.Node
	for _, n := range g.Nodes() {
		if strings.EqualFold(n.Type, clusterType) {
			clusters = append(clusters, n)
		}
	}
	if want != "" {
		if id := find(g, want); id != "" {
			return id, false, nil
		}
		ds = ds.Warnf(graph.CodeConfigInvalid, where, "profile cluster "+want+" is not in the scan",
			"name an AKS cluster the scan declares, by its address or resource name; rules that depend on the cluster are not applied")
		return "", false, ds
	}
	if len(clusters) == 1 {
		return clusters[0].ID, true, nil
	}
	return "", false, nil
}

// ManifestSet is a set of manifests, by file, that the profile says
// deploy to a cluster.
type ManifestSet struct {
	Match    func(file string) bool // whether a manifest file belongs to the set
	Cluster  string                 // node ID or resource name of the cluster
	Isolated bool                   // the cluster is meant to be network isolated
	Where    graph.Range            // where the profile names the set, for diagnostics
}

// AssignClusters records, when the profile has manifest sets, on every
// Kubernetes object the cluster it deploys to, as the fact deploys_to
// {cluster, heuristic, isolated}: the first set whose paths match the
// object's file, else the default (the scan-wide cluster and whether only
// a heuristic chose it; isolated as the profile says of it). It returns
// the clusters sets mark as isolated, and a diagnostic for each set that
// names a cluster the scan does not declare.
func AssignClusters(g *graph.Graph, sets []ManifestSet, def string, defHeuristic, defIsolated bool) (isolated []string, ds graph.Diagnostics) {
	if len(sets) == 0 {
		return nil, nil
	}
	ids := make([]string, len(sets))
	for i, s := range sets {
		ids[i] = find(g, s.Cluster)
		switch {
		case ids[i] == "":
			ds = ds.Warnf(graph.CodeConfigInvalid, s.Where, "profile manifests cluster "+s.Cluster+" is not in the scan",
				"name an AKS cluster the scan declares, by its address or resource name; the set's manifests are associated with no cluster")
		case s.Isolated:
			isolated = append(isolated, ids[i])
		}
	}
	for _, n := range g.Nodes() {
		if !n.IsKubernetes() {
			continue
		}
		d := map[string]any{"cluster": def, "heuristic": defHeuristic, "isolated": defIsolated}
		for i, s := range sets {
			if s.Match(n.Range.Filename) {
				d = map[string]any{"cluster": ids[i], "heuristic": false, "isolated": s.Isolated}
				break
			}
		}
		if n.Facts == nil {
			n.Facts = map[string]any{}
		}
		n.Facts["deploys_to"] = d
	}
	return isolated, ds
}

// find returns the ID of the cluster with the given node ID or name.
func find(g *graph.Graph, want string) string {
	for _, n := range g.Nodes() {
		if strings.EqualFold(n.Type, clusterType) && (n.ID == want || n.Name == want) {
			return n.ID
		}
	}
	return ""
}
