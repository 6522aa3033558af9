import { AppHeader } from '../components/govuk/AppHeader';
import { SkipLink } from '../components/govuk/SkipLink';
import { AboutThisCopy } from './AboutThisCopy';

/** The app shell: skip link, header, one main landmark, footer. */
export function App() {
  return (
    <>
      <SkipLink />
      <AppHeader serviceName="Inspection Workbook" />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <h1 className="govuk-heading-xl">Inspection Workbook</h1>
              <p className="govuk-body-l">
                One offline workbook for the inspection of a council&apos;s children&apos;s services
                and every provider it has delegated them to.
              </p>
              <p className="govuk-body">
                Record evidence on site, bring in each provider&apos;s records, grade each judgement
                area, check conflicts of interest and produce the signed report — all without a
                network connection.
              </p>
              <h2 className="govuk-heading-m">About this copy</h2>
              <AboutThisCopy />
            </div>
          </div>
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">
            Inspection Workbook keeps everything on this device. Nothing is sent over the network.
          </p>
        </div>
      </footer>
    </>
  );
}
