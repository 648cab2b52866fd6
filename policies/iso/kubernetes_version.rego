# METADATA
# title: Kubernetes version supports network isolation
# description: >-
#   Network isolation needs Kubernetes 1.30 or later according to an
#   earlier revision of the upstream concept page; the current seed no
#   longer states a minimum. A cluster pinned to an older version may fail
#   to create as an isolated cluster. An omitted version lets AKS choose a
#   current default.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-019
#   severity: warning
#   provenance: supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (How it works; minimum version from an earlier upstream revision)
#   remediation: >-
#     Set kubernetes_version (properties.kubernetesVersion in ARM and Bicep)
#     to 1.30 or later, or omit it to get the AKS default version.
#   scope: >-
#     Clusters meant to be network isolated that pin a Kubernetes version.
#   formats: [terraform, arm, bicep]
package iso.kubernetes_version

import data.lib.core
import data.lib.iso

version_path := ["properties", "kubernetesVersion"]

applicable contains c.id if some c in iso.clusters

deny contains object.union(iso.at(c, version_path), {"msg": sprintf(
	"AKS cluster %s is meant to be network isolated (%s) but runs Kubernetes %s; isolation needs 1.30 or later",
	[c.name, iso.reason(c), v],
)}) if {
	some c in iso.clusters
	v := core.value(c, version_path)
	[major, minor] := parse(v)
	[major, minor] < [1, 30]
}

deny contains iso.undetermined(
	c,
	sprintf("The Kubernetes version of AKS cluster %s", [c.name]),
	"its version",
	version_path,
) if {
	some c in iso.clusters
	core.unknown(c, version_path)
}

deny contains object.union(iso.at(c, version_path), {
	"msg": sprintf("The Kubernetes version of AKS cluster %s could not be determined: %q is not a version number (properties.kubernetesVersion)", [c.name, v]),
	"level": "note",
	"undetermined": true,
}) if {
	some c in iso.clusters
	v := core.value(c, version_path)
	not parse(v)
}

# parse reads major and minor from "1.29", "1.29.7" or "v1.29".
parse(v) := [to_number(m[1]), to_number(m[2])] if {
	is_string(v)
	m := regex.find_all_string_submatch_n(`^v?(\d+)\.(\d+)`, v, 1)[0]
}
