package kubernetes

// clusterScoped reports whether objects of a built-in kind live outside
// namespaces. Kinds it does not know, custom resources included, are taken
// as namespaced.
func clusterScoped(group, kind string) bool { return clusterKinds[group][kind] }

// clusterKinds lists the built-in cluster-scoped kinds by API group ("" is
// the core group).
var clusterKinds = map[string]map[string]bool{
	"": set("Namespace", "Node", "PersistentVolume", "ComponentStatus"),
	"admissionregistration.k8s.io": set("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
		"ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
		"MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding"),
	"apiextensions.k8s.io":         set("CustomResourceDefinition"),
	"apiregistration.k8s.io":       set("APIService"),
	"authentication.k8s.io":        set("TokenReview", "SelfSubjectReview"),
	"authorization.k8s.io":         set("SubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview"),
	"certificates.k8s.io":          set("CertificateSigningRequest", "ClusterTrustBundle"),
	"flowcontrol.apiserver.k8s.io": set("FlowSchema", "PriorityLevelConfiguration"),
	"networking.k8s.io":            set("IngressClass", "IPAddress", "ServiceCIDR"),
	"node.k8s.io":                  set("RuntimeClass"),
	"policy":                       set("PodSecurityPolicy"),
	"rbac.authorization.k8s.io":    set("ClusterRole", "ClusterRoleBinding"),
	"resource.k8s.io":              set("DeviceClass", "ResourceSlice"),
	"scheduling.k8s.io":            set("PriorityClass"),
	"storage.k8s.io":               set("StorageClass", "CSIDriver", "CSINode", "VolumeAttachment", "VolumeAttributesClass"),
	"storagemigration.k8s.io":      set("StorageVersionMigration"),
	"internal.apiserver.k8s.io":    set("StorageVersion"),
}

func set(kinds ...string) map[string]bool {
	m := make(map[string]bool, len(kinds))
	for _, k := range kinds {
		m[k] = true
	}
	return m
}
