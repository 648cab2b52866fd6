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
		for _, c := range clusters {
			if c.ID == want || c.Name == want {
				return c.ID, false, nil
			}
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
