/* mmc tempo pacer: runs the prescribed tempo rep by rep, counts reps and sets and times the
   rest. The page works without it (the pacer stays hidden); everything is optional and
   nothing leaves the device: beeps are WebAudio, speech is the browser's own local voice
   (off by default, and not used at all when the browser only has network voices).

   Each step (get ready, a phase of a rep, rest, done) fires a "pacer:step" event on the
   pacer's element, with the step in event.detail. */
(function () {
  "use strict";

  var reduceMotion = Boolean(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  var TICK = 100;

  function clamp(value, low, high, fallback) {
    var n = parseInt(value, 10);
    if (isNaN(n)) return fallback;
    return Math.max(low, Math.min(high, n));
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  /* The whole run as a list of steps: get ready, each phase of each rep (or one timed hold),
     a switch between the sides of a per-side set, rest between sets. */
  function steps(plan, sets, reps, rest) {
    var out = [{ kind: "ready", label: "Get ready", seconds: plan.ready, cue: plan.setup, set: 1, rep: 0 }];
    var sides = plan.per_side ? ["left side", "right side"] : [""];
    for (var s = 1; s <= sets; s++) {
      for (var d = 0; d < sides.length; d++) {
        var side = sides[d];
        if (d > 0) {
          out.push({ kind: "switch", label: "Switch sides", seconds: plan["switch"], cue: "", set: s, rep: 0, side: side });
        }
        if (plan.measure === "seconds") {
          out.push({ kind: "phase", phase: "hold", label: "Hold", seconds: reps, cue: plan.hold_cue,
                     set: s, rep: 1, side: side, first: true });
          continue;
        }
        for (var r = 1; r <= reps; r++) {
          for (var p = 0; p < plan.phases.length; p++) {
            var phase = plan.phases[p];
            out.push({ kind: "phase", phase: phase.phase, label: phase.label, seconds: phase.seconds,
                       fast: phase.fast, cue: phase.cue, set: s, rep: r, side: side, first: p === 0 });
          }
        }
      }
      if (s < sets && rest > 0) {
        out.push({ kind: "rest", label: "Rest", seconds: rest, cue: "", set: s, rep: reps });
      }
    }
    return out;
  }

  function Pacer(root) {
    this.root = root;
    this.plans = JSON.parse(root.getAttribute("data-pacer"));
    this.plan = this.plans[0];
    this.q = function (name) { return root.querySelector("[data-pacer-" + name + "]"); };
    this.timer = null;
    this.audio = null;
    this.steps = [];
    this.index = -1;
    this.paused = false;
    var article = root.closest("article") || document;
    this.tiles = article.querySelectorAll(".tempo-phases .phase");
    root.hidden = false;
    this.bind();
    this.idle();
  }

  Pacer.prototype.bind = function () {
    var self = this;
    this.q("start").addEventListener("click", function () {
      if (self.index < 0) self.start();
      else if (self.paused) self.resume();
      else self.pause();
    });
    this.q("stop").addEventListener("click", function () { self.stop("Stopped."); });
    var choose = this.q("exercise");
    if (choose) {
      choose.addEventListener("change", function () {
        self.stop("");
        self.use(self.plans[parseInt(choose.value, 10)] || self.plans[0]);
      });
    }
    this.q("speak").addEventListener("change", function () { self.checkVoices(); });
  };

  Pacer.prototype.use = function (plan) {
    this.plan = plan;
    this.q("sets").value = plan.sets;
    this.q("reps").value = plan.reps;
    this.q("rest").value = plan.rest;
    this.q("dose").textContent = (plan.measure === "seconds" ? "Seconds" : "Reps") + (plan.per_side ? " each side" : "");
    this.idle();
  };

  Pacer.prototype.idle = function () {
    var plan = this.plan;
    this.q("set").textContent = plural(clamp(this.q("sets").value, 1, 12, plan.sets), "set");
    var dose = clamp(this.q("reps").value, 1, 600, plan.reps);
    this.q("rep").textContent = "\u00d7 " + (plan.measure === "seconds" ? dose + " s hold" : plural(dose, "rep") + " at " + plan.tempo)
      + (plan.per_side ? " each side" : "");
    this.q("phase").textContent = "Ready when you are";
    this.q("seconds").textContent = "";
    this.q("cue").textContent = "";
    this.q("display").setAttribute("data-state", "idle");
    this.q("display").removeAttribute("data-phase");
    this.bar(0, 0);
    this.highlight(null);
  };

  /* A local voice, or null (and a note) when speech is off, missing or needs the network. */
  Pacer.prototype.checkVoices = function () {
    var note = this.q("note");
    note.hidden = true;
    if (!this.q("speak").checked) return null;
    if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
      note.textContent = "This browser cannot speak; the pacer shows and beeps instead.";
      note.hidden = false;
      return null;
    }
    var voices = window.speechSynthesis.getVoices() || [];
    var local = voices.filter(function (v) { return v.localService; });
    var english = local.filter(function (v) { return /^en/i.test(v.lang || ""); });
    if (voices.length && !local.length) {
      note.textContent = "This browser's voices all need the network, so cues are not spoken.";
      note.hidden = false;
      return null;
    }
    return english[0] || local[0] || { default: true };
  };

  Pacer.prototype.say = function (text) {
    if (!text || !this.voice) return;
    var speech = window.speechSynthesis;
    var utterance = new window.SpeechSynthesisUtterance(text);
    try { if (!this.voice.default) utterance.voice = this.voice; } catch (error) { /* keep the default voice */ }
    utterance.rate = 1.1;
    speech.cancel();
    speech.speak(utterance);
  };

  Pacer.prototype.beep = function (frequency, ms) {
    if (!this.audio) return;
    var ctx = this.audio, now = ctx.currentTime;
    var osc = ctx.createOscillator(), gain = ctx.createGain();
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.3, now + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + ms / 1000);
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.start(now);
    osc.stop(now + ms / 1000 + 0.02);
  };

  Pacer.prototype.buzz = function (pattern) {
    if (this.q("vibrate").checked && navigator.vibrate) navigator.vibrate(pattern);
  };

  Pacer.prototype.bar = function (fraction, seconds) {
    var bar = this.q("bar");
    bar.style.transition = "none";
    bar.style.width = (fraction * 100) + "%";
    if (seconds > 0 && !reduceMotion) {
      void bar.offsetWidth;  /* start the transition from here */
      bar.style.transition = "width " + seconds + "s linear";
      bar.style.width = "100%";
    }
  };

  Pacer.prototype.highlight = function (phase) {
    for (var i = 0; i < this.tiles.length; i++) {
      var on = phase !== null && this.tiles[i].classList.contains("phase-" + phase);
      this.tiles[i].classList.toggle("is-current", on);
    }
  };

  Pacer.prototype.start = function () {
    var plan = this.plan;
    var sets = clamp(this.q("sets").value, 1, 12, plan.sets);
    var reps = clamp(this.q("reps").value, 1, 600, plan.reps);
    var rest = clamp(this.q("rest").value, 0, 600, plan.rest);
    this.sets = sets;
    this.reps = reps;
    this.steps = steps(plan, sets, reps, rest);
    this.voice = this.checkVoices();
    if (this.q("beep").checked && !this.audio) {
      var Audio = window.AudioContext || window.webkitAudioContext;
      if (Audio) this.audio = new Audio();
    }
    this.q("stop").disabled = false;
    this.q("start").textContent = "Pause";
    this.index = -1;
    this.paused = false;
    this.root.classList.add("is-running");
    this.next(Date.now());
  };

  /* Enter the next step; it began at ``at`` (ms), so the timing never drifts. */
  Pacer.prototype.next = function (at) {
    this.index += 1;
    var step = this.steps[this.index];
    if (!step) { this.finish(); return; }
    this.began = at;
    this.left = step.seconds * 1000;
    var display = this.q("display");
    display.setAttribute("data-state", step.kind);
    if (step.phase) display.setAttribute("data-phase", step.phase);
    else display.removeAttribute("data-phase");
    this.q("set").textContent = "Set " + step.set + " of " + this.sets;
    var where = step.side ? " \u00b7 " + step.side : "";
    this.q("rep").textContent = step.kind === "ready" ? "" : this.plan.measure === "seconds"
      ? where + " \u00b7 " + plural(this.reps, "second")
      : where + " \u00b7 rep " + step.rep + " of " + this.reps;
    this.q("phase").textContent = step.fast ? step.label + ": fast" : step.label;
    this.q("cue").textContent = step.cue || "";
    this.highlight(step.phase || null);
    this.bar(0, step.seconds);
    /* The cue is said in full on the first rep of a set; later reps hear only the phase's
       name, short enough to keep time with a one-second phase. */
    var spoken = step.rep <= 1 && step.cue ? step.cue : step.label;
    var live = step.kind === "phase"
      ? "Set " + step.set + (step.side ? ", " + step.side : "") + ", rep " + step.rep + ": " + step.label + (step.fast ? ", fast" : ", " + plural(step.seconds, "second"))
      : step.kind === "rest" ? "Rest " + plural(step.seconds, "second")
      : step.kind === "switch" ? "Switch to the " + step.side : "Get ready";
    if (step.kind === "rest") spoken = "Rest";
    if (step.kind === "switch") spoken = "Switch sides";
    this.q("live").textContent = live + (step.cue ? ". " + step.cue : "");
    this.say(spoken);
    if (step.kind === "phase") {
      this.beep(step.first ? 1320 : 880, step.first ? 120 : 70);
      this.buzz(step.first ? [60, 40, 60] : 50);
    } else if (step.kind === "rest" || step.kind === "switch") {
      this.beep(520, 200);
      this.buzz(200);
    }
    this.root.dispatchEvent(new CustomEvent("pacer:step", {
      detail: { kind: step.kind, phase: step.phase || null, label: step.label, cue: step.cue || "",
                set: step.set, rep: step.rep, side: step.side || "", seconds: step.seconds, at: at }
    }));
    this.tick();
  };

  Pacer.prototype.tick = function () {
    var self = this;
    var now = Date.now();
    var end = this.began + this.left;
    if (now >= end) { this.next(end); return; }
    var remaining = Math.ceil((end - now) / 1000);
    var seconds = this.q("seconds");
    if (seconds.textContent !== String(remaining)) seconds.textContent = String(remaining);
    this.timer = window.setTimeout(function () { self.tick(); }, Math.min(TICK, end - now));
  };

  Pacer.prototype.pause = function () {
    window.clearTimeout(this.timer);
    this.left -= Date.now() - this.began;
    this.paused = true;
    this.q("start").textContent = "Resume";
    this.q("live").textContent = "Paused";
    var bar = this.q("bar");
    bar.style.width = getComputedStyle(bar).width;
    bar.style.transition = "none";
    if (this.voice) window.speechSynthesis.cancel();
  };

  Pacer.prototype.resume = function () {
    this.paused = false;
    this.began = Date.now();
    this.q("start").textContent = "Pause";
    var bar = this.q("bar"), track = bar.parentNode;
    this.bar(track.clientWidth ? bar.clientWidth / track.clientWidth : 0, this.left / 1000);
    this.tick();
  };

  Pacer.prototype.finish = function () {
    window.clearTimeout(this.timer);
    var done = "Done: " + plural(this.sets, "set") + " of " + plural(this.reps, "rep") + ".";
    this.reset();
    this.q("display").setAttribute("data-state", "done");
    this.q("phase").textContent = "Done";
    this.q("cue").textContent = "";
    this.q("live").textContent = done;
    this.say("Done");
    this.beep(660, 300);
    var choose = this.q("exercise");
    if (choose && choose.selectedIndex + 1 < choose.options.length) {
      choose.selectedIndex += 1;
      this.use(this.plans[choose.selectedIndex]);
      this.q("phase").textContent = "Next: " + this.plan.name;
      this.q("live").textContent = done + " Next: " + this.plan.name + ".";
    }
    this.root.dispatchEvent(new CustomEvent("pacer:step", {
      detail: { kind: "done", phase: null, label: "Done", cue: "", set: this.sets, rep: this.reps, seconds: 0, at: Date.now() }
    }));
  };

  Pacer.prototype.reset = function () {
    window.clearTimeout(this.timer);
    this.index = -1;
    this.paused = false;
    this.q("start").textContent = "Start";
    this.q("stop").disabled = true;
    this.root.classList.remove("is-running");
    this.highlight(null);
    this.bar(0, 0);
    this.q("seconds").textContent = "";
  };

  Pacer.prototype.stop = function (message) {
    if (this.index < 0) return;
    this.reset();
    if (this.voice) window.speechSynthesis.cancel();
    this.idle();
    this.q("live").textContent = message;
  };

  var roots = document.querySelectorAll("[data-pacer]");
  for (var i = 0; i < roots.length; i++) {
    try { roots[i].mmcPacer = new Pacer(roots[i]); } catch (error) { roots[i].hidden = true; }
  }
})();
