package terraform

import (
	"path"
	"strings"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// overlay puts a plan's resources in place of those the configuration
// evaluation produced for the same root module and address: the plan knows
// what the configuration could not. Ranges stay in the .tf files where the
// configuration wrote the value, and fall back to the plan file elsewhere.
func overlay(all, plan []tfmodel.Resource) []tfmodel.Resource {
	at := map[[2]string]int{}
	for i, r := range all {
		at[[2]string{r.Root, r.Address}] = i
	}
	for _, p := range plan {
		i, ok := at[[2]string{p.Root, p.Address}]
		if !ok {
			all = append(all, p)
			continue
		}
		c := all[i]
		p.Ranges = merged(p.Ranges, c.Ranges)
		p.Keys = merged(p.Keys, c.Keys)
		p.Range = c.Range
		p.Origin = append(append([]graph.Range(nil), c.Origin...), p.Origin...)
		if p.Provider.Major == 0 {
			p.Provider = c.Provider
		}
		all[i] = p
	}
	return all
}

func merged(base, over map[string]graph.Range) map[string]graph.Range {
	out := make(map[string]graph.Range, len(base)+len(over))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range over {
		out[k] = v
	}
	return out
}

// fileStatus says what became of each Terraform file of the walk.
func fileStatus(files []discover.File, cache *modules, used map[string]bool, plans map[string]File) []File {
	var out []File
	for _, f := range files {
		switch f.Format {
		case discover.Terraform:
			st := File{Path: f.Path, Format: string(f.Format), Status: "parsed"}
			if m := cache.loaded(path.Dir(f.Path)); m != nil && m.failed[f.Path] != "" {
				st.Status, st.Reason = "failed", m.failed[f.Path]
			}
			out = append(out, st)
		case discover.TerraformVars:
			st := File{Path: f.Path, Format: string(f.Format), Status: "parsed"}
			if !used[f.Path] {
				st.Status, st.Reason = "skipped", varsReason(f.Path, cache)
			}
			out = append(out, st)
		case discover.TerraformPlan:
			out = append(out, plans[f.Path])
		}
	}
	return out
}

func varsReason(name string, cache *modules) string {
	base := path.Base(name)
	auto := base == "terraform.tfvars" || base == "terraform.tfvars.json" || strings.HasSuffix(base, ".auto.tfvars") || strings.HasSuffix(base, ".auto.tfvars.json")
	switch {
	case !auto:
		return "variables files other than terraform.tfvars and *.auto.tfvars are read only when named with --var-file"
	case cache.loaded(path.Dir(name)) == nil:
		return "no root module in its folder reads it"
	}
	return "its folder is a module called by another one; variables files apply to root modules only"
}
