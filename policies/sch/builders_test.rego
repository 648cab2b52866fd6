# Builders shared by the schema rule tests: Azure resource nodes carrying
# the "schema" fact as the pipeline records it (schema.Result.Fact), and
# problems shaped like schema.Result.problem writes them.
package sch.builders_test

import data.lib.testing as t

cluster_type := "Microsoft.ContainerService/managedClusters"

# Newest apiVersions of managedClusters in the schema data.
cluster_ga := "2026-05-01"

cluster_preview := "2026-05-02-preview"

# node builds a Bicep resource whose schema fact has a status and problems;
# latest_ga and latest_preview are those of managedClusters.
node(type, name, api, status, problems) := resource(type, name, api, status, problems, cluster_ga, cluster_preview)

# resource builds a Bicep resource with every field of the schema fact.
resource(type, name, api, status, problems, ga, preview) := object.union(
	t.azure("bicep", type, name, {"name": name, "location": "westeurope"}),
	{"facts": {
		"api_version": api,
		"schema": {
			"type": type,
			"api_version": api,
			"status": status,
			"latest_ga": ga,
			"latest_preview": preview,
			"problems": [complete(p, api) | some p in problems],
		},
	}},
)

# cluster builds an AKS cluster checked at a known apiVersion.
cluster(name, api, problems) := node(cluster_type, name, api, "known", problems)

# retyped is a node whose template writes the type in another casing; the
# fact keeps the schema's.
retyped(n, type) := object.union(n, {"type": type})

# plain is a resource the schema does not check (an azurerm resource, an
# existing resource or a type outside the index): it has no schema fact.
plain := object.union(
	t.azure("terraform", cluster_type, "aks-azurerm", {"name": "aks-azurerm"}),
	{"facts": {"terraform": {"type": "azurerm_kubernetes_cluster"}}},
)

# unknown_property is a property no apiVersion of the type has.
unknown_property(attr, suggestion) := {"kind": "unknown", "attr": attr, "suggestion": suggestion}

# read_only is a property the service sets.
read_only(attr) := {"kind": "read_only", "attr": attr}

# missing is a property that the apiVersions listed have.
missing(attr, versions) := {"kind": "version", "attr": attr, "versions": versions}

# value is a value outside the enum of the declared apiVersion, which lists
# values; versions list the value.
value(attr, v, values, open, versions) := {
	"kind": "value", "attr": attr, "value": v,
	"values": values, "open": open, "versions": versions,
}

# complete fills the fields a problem leaves out as Go writes them: the
# path and name from attr without its indexes (the tests write attr in the
# schema's casing), ga and preview as the earliest of each among versions, and
# last when every version predates the declared one.
complete(p, api) := object.union(
	{
		"path": concat(".", names(p.attr)),
		"name": names(p.attr)[count(names(p.attr)) - 1],
		"suggestion": "",
		"value": "",
		"values": [],
		"open": false,
		"versions": [],
	},
	object.union(p, dates(object.get(p, "versions", []), api)),
)

names(attr) := [s | some s in attr; is_string(s)]

dates(versions, api) := {
	"ga": first([v | some v in versions; count(v) == 10]),
	"preview": first([v | some v in versions; count(v) > 10]),
	"last": last(versions, api),
}

first(vs) := vs[0] if count(vs) > 0

first(vs) := "" if count(vs) == 0

last(vs, api) := vs[count(vs) - 1] if {
	count(vs) > 0
	lower(vs[count(vs) - 1]) < lower(api)
}

last(vs, _) := "" if count(vs) == 0

last(vs, api) := "" if {
	count(vs) > 0
	lower(vs[count(vs) - 1]) >= lower(api)
}
