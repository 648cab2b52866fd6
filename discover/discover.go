package discover

import (
	"cmp"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/moatscan/moat/graph"
)

// Format of a discovered file.
type Format string

// The formats Walk recognises.
const (
	Terraform     Format = "terraform"      // .tf, .tf.json
	TerraformVars Format = "terraform-vars" // .tfvars, .tfvars.json
	TerraformPlan Format = "terraform-plan" // JSON with "format_version" and "planned_values"/"resource_changes"
	Bicep         Format = "bicep"          // .bicep
	BicepParams   Format = "bicepparam"     // .bicepparam
	ARM           Format = "arm"            // JSON whose $schema is a deploymentTemplate schema
	ARMParams     Format = "arm-parameters" // JSON whose $schema is a deploymentParameters schema
	Kubernetes    Format = "kubernetes"     // YAML/JSON with apiVersion and kind (any document of a stream)
	Kustomization Format = "kustomization"  // kustomization.yaml/.yml/Kustomization
	Helm          Format = "helm-template"  // files under a chart's templates/ (a Chart.yaml above) — skipped
	PEM           Format = "pem"            // .pem/.crt/.cer/.key files or any file starting with -----BEGIN
)

// DefaultMaxFileSize is the size limit used when Options.MaxFileSize is 0.
const DefaultMaxFileSize = 16 << 20

// Options tune a Walk.
type Options struct {
	// Excludes are glob patterns (path.Match syntax) matched against the
	// slash path relative to Root and against each file or folder name. A
	// pattern ending in "/" or "/**" excludes a folder; "**" in the middle
	// matches any number of folders ("fixtures/**/fail").
	Excludes []string
	// MaxFileSize is the largest file read, in bytes; 0 (or less) means
	// DefaultMaxFileSize. Larger files are reported and not read.
	MaxFileSize int64
	// Root is the folder file names are made relative to, and relative
	// paths given to Walk are resolved against; "" means the current
	// directory.
	Root string
}

// File is one recognised file.
type File struct {
	Path   string // slash path relative to Root (absolute slash path if outside Root): the name used in ranges
	Abs    string // absolute OS path
	Format Format
	Data   []byte // the content, already read (nil for files not read)
}

// Walk expands paths (files or folders, relative ones taken from Root; none
// means Root) into the recognised files, sorted by Path, and diagnostics for
// everything that could not be read or was skipped. Folders named .git, .terraform,
// node_modules and other dot-folders except .github are not entered unless
// given in paths; neither is anything matching opts.Excludes. A file given
// in paths is returned whenever it is recognised.
//
// Data holds each file's content so that nothing is read twice. It is nil
// when the file was not read: a Helm template (skipped, with a note), a file
// above the size limit or one that could not be read (both with an error).
func Walk(paths []string, opts Options) ([]File, graph.Diagnostics) {
	w, diags := newWalker(opts)
	if w == nil {
		return nil, diags
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	n := runtime.GOMAXPROCS(0)
	files := make([][]File, n)
	found := make([]graph.Diagnostics, n)
	jobs := make(chan candidate, 4*n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			for c := range jobs {
				f, ok, ds := load(c, w.max)
				if ok {
					files[i] = append(files[i], f)
				}
				found[i] = append(found[i], ds...)
			}
		})
	}
	w.jobs = jobs
	for _, p := range paths {
		w.arg(p)
	}
	close(jobs)
	wg.Wait()
	diags = append(diags, w.diags...)
	for i := range n {
		diags = append(diags, found[i]...)
	}
	out := slices.Concat(files...)
	slices.SortFunc(out, func(a, b File) int { return cmp.Compare(a.Path, b.Path) })
	sortDiagnostics(diags)
	return out, diags
}

// sortDiagnostics orders ds completely, so that output does not depend on
// which worker finished first.
func sortDiagnostics(ds graph.Diagnostics) {
	slices.SortStableFunc(ds, func(a, b graph.Diagnostic) int {
		if a.Subject != b.Subject {
			if a.Subject.Less(b.Subject) {
				return -1
			}
			return 1
		}
		return cmp.Or(
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Summary, b.Summary),
			cmp.Compare(a.Detail, b.Detail),
			cmp.Compare(a.Severity, b.Severity),
		)
	})
}

// relPath names abs relative to root with slashes, or returns abs with
// slashes when it lies outside root.
func relPath(root, abs string) string {
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// fileRange is the subject of a problem with a whole file or folder.
func fileRange(name string) graph.Range { return graph.Range{Filename: name} }
