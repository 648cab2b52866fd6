// Package docs renders rule documentation from the rules' metadata and
// their tested fixtures: the page `scan rules explain ID` prints and the
// files docs/rules/<ID>.md that `scan rules docs` writes (Example, Why,
// How to fix, References). The pages are generated, never edited by hand;
// CI regenerates them and fails on a difference.
//
// Start with Page in page.go.
package docs
