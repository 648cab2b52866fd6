# METADATA
# description: >-
#   Microsoft Entra Workload ID: federated credentials, their subjects, and
#   the ServiceAccounts and pods that use them.
package lib.workload_identity

import data.lib.core
import data.lib.kubernetes as k8s

client_id_key := "azure.workload.identity/client-id"

use_key := "azure.workload.identity/use"

fic_type := "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"

subject_pattern := `^system:serviceaccount:([a-z0-9.-]+):([a-z0-9.-]+)$`

# credentials are the federated identity credentials in the scan.
credentials := core.nodes_of_type(fic_type)

subject_path := ["properties", "subject"]

# subject returns {"namespace", "name"} of a credential whose subject is a
# known, well-formed ServiceAccount subject.
subject(fic) := {"namespace": m[1], "name": m[2]} if {
	s := core.value(fic, subject_path)
	is_string(s)
	m := regex.find_all_string_submatch_n(subject_pattern, s, 1)[0]
}

# subjects_known holds when no credential's subject is unknown.
subjects_known if {
	every fic in credentials {
		not core.unknown(fic, subject_path)
	}
}

# trusted holds when some credential's subject names ServiceAccount ns/name.
trusted(ns, name) if {
	some fic in credentials
	subject(fic) == {"namespace": ns, "name": name}
}

# trusting lists the credentials whose subject names ns/name.
trusting(ns, name) := [fic |
	some fic in credentials
	subject(fic) == {"namespace": ns, "name": name}
]

# annotated holds when a ServiceAccount carries the client-id annotation
# (whatever its value).
annotated(sa) if k8s.annotation(sa, client_id_key)

# workload_identity_account holds for a ServiceAccount meant for Workload
# ID: annotated, or named by a credential's subject.
workload_identity_account(ns, name) if {
	some sa in k8s.objects("ServiceAccount", ns, name)
	annotated(sa)
}

workload_identity_account(ns, name) if trusted(ns, name)
