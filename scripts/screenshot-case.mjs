// The case the README's playground screenshots judge. The screenshots come from the test build's scripted judge,
// whose rule is length (under a principle asking for concision, shorter ranks higher), so the case is chosen such that
// this rule agrees with the principle: the factually wrong answer is also the longest, and ranks last.
export const SCREENSHOT_CASE = {
  principle:
    'Prefer the response that answers the question correctly and completely. Among correct responses, prefer the more concise one. Penalize any factual error heavily.',
  prompt: 'What causes the seasons on Earth?',
  candidates: [
    {
      name: 'A',
      factual: true,
      text: "The seasons are caused by the tilt of Earth's axis (about 23.4°): as Earth orbits the Sun, each hemisphere is tilted toward the Sun for part of the year, getting more direct sunlight and longer days (summer), and tilted away for the other part (winter).",
    },
    {
      name: 'B',
      factual: false,
      text: "Seasons happen because Earth's orbit is a long, stretched ellipse. In summer the planet swings much closer to the Sun, so far more heat reaches the ground, and in winter it moves far away and everything cools down. That is why every place on Earth has summer in July and winter in January.",
    },
    {
      name: 'C',
      factual: true,
      text: "Earth's axial tilt. When your hemisphere leans toward the Sun, sunlight hits it more directly and days are longer, so it is summer; when it leans away, it is winter. Distance from the Sun barely matters — Earth is actually closest to the Sun in early January.",
    },
  ],
};
