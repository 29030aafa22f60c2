// Package browsertest drives the example server's inspector page in headless
// Chromium. It is a module of its own so that the library's go.mod does not
// depend on the browser driver.
package browsertest
