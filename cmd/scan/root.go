package main

import (
	"os"
	"path/filepath"
	"strings"
)

// scanRoot decides the folder file names are relative to. Paths inside
// the working directory keep it as the root, so names read as the user
// typed them. When every path lies outside it (scan /src/repo from
// elsewhere), the root is the folder that holds them all, as other
// scanners report paths relative to what they scanned: names stay
// relative (SARIF needs that), and Terraform's file functions, confined to
// the root, can read the scanned configuration's files.
func scanRoot(paths []string) (root string, rel []string) {
	if len(paths) == 0 {
		return "", nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", paths
	}
	var abs []string
	for _, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil || inside(wd, a) {
			return "", paths
		}
		abs = append(abs, a)
	}
	root = abs[0]
	if st, err := os.Stat(root); err != nil || !st.IsDir() {
		root = filepath.Dir(root)
	}
	for _, a := range abs[1:] {
		for !inside(root, a) {
			root = filepath.Dir(root)
		}
	}
	for _, a := range abs {
		r, err := filepath.Rel(root, a)
		if err != nil {
			return "", paths
		}
		rel = append(rel, r)
	}
	return root, rel
}

// inside reports whether path is dir or below it.
func inside(dir, path string) bool {
	r, err := filepath.Rel(dir, path)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}

// readFrom reads files named relative to root.
func readFrom(root string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		if root != "" && !filepath.IsAbs(name) {
			name = filepath.Join(root, filepath.FromSlash(name))
		}
		return os.ReadFile(name)
	}
}

// configDir is the folder of the configuration file as a report name
// relative to root ("" is the working directory): the paths written in
// .moat.yaml are relative to it. A file outside root gives "".
func configDir(root, cfgPath string) string {
	if cfgPath == "" {
		return ""
	}
	base := root
	if base == "" {
		base = "."
	}
	absBase, err1 := filepath.Abs(base)
	dir, err2 := filepath.Abs(filepath.Dir(cfgPath))
	if err1 != nil || err2 != nil || !inside(absBase, dir) {
		return ""
	}
	rel, err := filepath.Rel(absBase, dir)
	if err != nil || rel == "." {
		return ""
	}
	return filepath.ToSlash(rel)
}
